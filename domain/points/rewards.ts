/** Whether a card may redeem a reward now, and for how many points (pure). */
import { t } from '../../shared/i18n/labels'
import type { MessageParams } from '../../shared/i18n/messages'
import { audienceAdmits, type Audience } from '../shared/audience'
import { pointsForFen, type PointRules } from './points'

export const REWARD_KINDS = {
  goods: t('生活用品', 'Goods'),
  'fee-deduction': t('抵扣物业费', 'Property-fee deduction'),
  'office-supplies': t('办公用品', 'Office supplies'),
  honour: t('荣誉（光荣榜 / 流动红旗）', 'Honour'),
}

export type RewardLike = {
  kind: 'goods' | 'fee-deduction' | 'office-supplies' | 'honour'
  pointsCost?: number | null
  feeFen?: number | null
  audience: Audience
  stock?: number | null
  active?: boolean | null
  activeFrom?: string | null
  activeUntil?: string | null
}
export type CardLike = { status: string; holderKind: 'household' | 'office' }

export const REDEMPTION_CODES = [
  'HONOUR_AWARDED',
  'INVALID_QUANTITY',
  'CARD_NOT_ACTIVE',
  'REWARD_INACTIVE',
  'OUTSIDE_WINDOW',
  'WRONG_AUDIENCE',
  'OUT_OF_STOCK',
] as const

export type RedemptionCheck =
  | { ok: true; points: number; unitPoints: number }
  | { ok: false; code: (typeof REDEMPTION_CODES)[number]; params: MessageParams }

export const MAX_QUANTITY = 100

export function unitPoints(reward: RewardLike, rules: Pick<PointRules, 'pointsPerYuan'>): number {
  if (reward.kind === 'honour') return 0
  if (reward.kind === 'fee-deduction') return pointsForFen(reward.feeFen ?? 0, rules)
  return reward.pointsCost ?? 0
}

export function checkRedemption(
  reward: RewardLike,
  card: CardLike,
  quantity: number,
  now: Date,
  rules: Pick<PointRules, 'pointsPerYuan'>,
): RedemptionCheck {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return {
      ok: false,
      code: 'INVALID_QUANTITY',
      params: { max: MAX_QUANTITY },
    }
  }
  // 流动红旗 / 光荣榜 are the district's to award (honour rolls), not a gift any card takes for 0 points.
  if (reward.kind === 'honour') return { ok: false, code: 'HONOUR_AWARDED', params: {} }
  if (card.status !== 'active') return { ok: false, code: 'CARD_NOT_ACTIVE', params: {} }
  if (reward.active === false) return { ok: false, code: 'REWARD_INACTIVE', params: {} }
  const time = now.getTime()
  if (
    (reward.activeFrom && time < new Date(reward.activeFrom).getTime()) ||
    (reward.activeUntil && time > new Date(reward.activeUntil).getTime())
  ) {
    return { ok: false, code: 'OUTSIDE_WINDOW', params: {} }
  }
  if (!audienceAdmits(reward.audience, card.holderKind)) {
    return {
      ok: false,
      code: 'WRONG_AUDIENCE',
      params: {},
    }
  }
  if (reward.stock !== null && reward.stock !== undefined && reward.stock < quantity) {
    return { ok: false, code: 'OUT_OF_STOCK', params: { stock: reward.stock } }
  }
  const unit = unitPoints(reward, rules)
  return { ok: true, points: unit * quantity, unitPoints: unit }
}
