/**
 * Points rules: pure functions that hooks, jobs, the bridge and the seed all call.
 * Points are whole numbers; weights are whole grams; money is whole fen.
 */
import { t, type Label } from '../../shared/i18n/labels'
import type { MessageParams } from '../../shared/i18n/messages'

export const CATEGORIES = [
  'kitchen',
  'other',
  'paper',
  'plastic',
  'metal',
  'glass',
  'textile',
  'hazardous',
  'rotable',
  'sellable',
  'unsellable',
] as const
export type Category = (typeof CATEGORIES)[number]

export const categoryLabels: Record<Category, Label> = {
  kitchen: t('厨余垃圾', 'Kitchen waste'),
  other: t('其他垃圾', 'Other waste'),
  paper: t('可回收物·纸类', 'Recyclable: paper'),
  plastic: t('可回收物·塑料', 'Recyclable: plastic'),
  metal: t('可回收物·金属', 'Recyclable: metal'),
  glass: t('可回收物·玻璃', 'Recyclable: glass'),
  textile: t('可回收物·织物', 'Recyclable: textile'),
  hazardous: t('有害垃圾', 'Hazardous waste'),
  rotable: t('会烂的', 'Rot-able (rural)'),
  sellable: t('好卖的', 'Sellable (rural)'),
  unsellable: t('不好卖的', 'Not sellable (rural)'),
}

/** The countryside sorts 两次四分 (rot-able; then sellable or not; hazardous); towns and offices the four urban classes. */
const RURAL: readonly Category[] = ['rotable', 'sellable', 'unsellable', 'hazardous']
const URBAN: readonly Category[] = CATEGORIES.filter((c) => !['rotable', 'sellable', 'unsellable'].includes(c))

/** The categories a site of this kind sorts into (all of them when the kind is unknown). */
export function categoriesForSiteKind(kind: string | null | undefined): readonly Category[] {
  if (!kind) return CATEGORIES
  return kind === 'village' ? RURAL : URBAN
}

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value)
}

export type CategoryRule = { category: Category; pointsPerKg: number; pointsPerDrop: number; minGrams: number }

export type PointRules = {
  /** Increases by one with every saved change; recorded on every drop and ledger entry. */
  revision: number
  /** From when these rules apply (ISO time, UTC). */
  effectiveFrom: string
  categories: CategoryRule[]
  /** Most points one card may earn from drops in one Shanghai day; 0 = no cap. */
  dailyCap: number
  /** Points taken for a confirmed mis-sort (a positive number). */
  misSortPenalty: number
  /** Points worth one yuan when deducted from property fees. */
  pointsPerYuan: number
  /** Points expire after this many days; 0 = never. */
  expiryDays: number
  /** Cards that earned at most this many points in a period are listed for a follow-up. */
  followUpThreshold: number
  /** How many days back a drop entered by hand (or at a pickup) may be dated. */
  manualBackdateDays: number
  /** How many days back a device may deliver a drop it kept while offline. */
  deviceBacklogDays: number
}

/**
 * Defaults from the design notes §4: Beijing's +5 per kitchen drop, Hangzhou's kiosk prices
 * turned into points at 100 points = 1 yuan (paper and plastic 0.7, metal 0.6 yuan/kg), glass and
 * hazardous waste earning a token amount per drop, the rural classes rewarding the sort itself.
 */
export const DEFAULT_RULES: PointRules = {
  revision: 0,
  effectiveFrom: '2020-01-01T00:00:00.000Z',
  categories: [
    { category: 'kitchen', pointsPerKg: 0, pointsPerDrop: 5, minGrams: 100 },
    { category: 'other', pointsPerKg: 0, pointsPerDrop: 1, minGrams: 100 },
    { category: 'paper', pointsPerKg: 70, pointsPerDrop: 0, minGrams: 100 },
    { category: 'plastic', pointsPerKg: 70, pointsPerDrop: 0, minGrams: 50 },
    { category: 'metal', pointsPerKg: 60, pointsPerDrop: 0, minGrams: 50 },
    { category: 'glass', pointsPerKg: 0, pointsPerDrop: 2, minGrams: 100 },
    { category: 'textile', pointsPerKg: 20, pointsPerDrop: 0, minGrams: 200 },
    { category: 'hazardous', pointsPerKg: 0, pointsPerDrop: 5, minGrams: 1 },
    { category: 'rotable', pointsPerKg: 0, pointsPerDrop: 3, minGrams: 100 },
    { category: 'sellable', pointsPerKg: 20, pointsPerDrop: 0, minGrams: 100 },
    { category: 'unsellable', pointsPerKg: 0, pointsPerDrop: 1, minGrams: 100 },
  ],
  dailyCap: 200,
  misSortPenalty: 10,
  pointsPerYuan: 100,
  expiryDays: 0,
  followUpThreshold: 0,
  manualBackdateDays: 2,
  deviceBacklogDays: 7,
}

export const MAX_DROP_GRAMS = 200_000

/** What the rules look at in a drop: its category and weight. */
export type WeighedDrop = { category: string; grams: number }

export type Award =
  | { ok: true; points: number; uncapped: number; capped: boolean; belowMinimum: boolean }
  | { ok: false; code: 'INVALID_WEIGHT' | 'UNKNOWN_CATEGORY'; params: MessageParams }

/** Checks a drop's own data (no database): a known category, a whole positive weight in range. */
export function checkDrop(
  drop: WeighedDrop,
): { ok: true } | { ok: false; code: 'INVALID_WEIGHT' | 'UNKNOWN_CATEGORY'; params: MessageParams } {
  if (!isCategory(drop.category)) {
    return { ok: false, code: 'UNKNOWN_CATEGORY', params: { category: String(drop.category) } }
  }
  if (!Number.isInteger(drop.grams) || drop.grams <= 0 || drop.grams > MAX_DROP_GRAMS) {
    return {
      ok: false,
      code: 'INVALID_WEIGHT',
      params: { max: MAX_DROP_GRAMS },
    }
  }
  return { ok: true }
}

/**
 * Points a drop earns: per-kg points on the weight (rounded down, never over-awarding) plus
 * per-drop points, nothing below the category's minimum weight, and no more than what is left
 * of the card's daily cap given the points it already earned that day.
 */
export function awardForDrop(rules: PointRules, drop: WeighedDrop, earnedToday: number): Award {
  const checked = checkDrop(drop)
  if (!checked.ok) return checked
  const rule = rules.categories.find((c) => c.category === drop.category)
  if (!rule) return { ok: true, points: 0, uncapped: 0, capped: false, belowMinimum: false }
  if (drop.grams < rule.minGrams) return { ok: true, points: 0, uncapped: 0, capped: false, belowMinimum: true }
  const uncapped = Math.floor((drop.grams * rule.pointsPerKg) / 1000) + rule.pointsPerDrop
  if (rules.dailyCap <= 0) return { ok: true, points: uncapped, uncapped, capped: false, belowMinimum: false }
  const room = Math.max(0, rules.dailyCap - Math.max(0, earnedToday))
  const points = Math.min(uncapped, room)
  return { ok: true, points, uncapped, capped: points < uncapped, belowMinimum: false }
}

/** Which rules apply at an instant: the latest whose effective time is not after it. */
export function rulesAt(history: PointRules[], at: Date | string): PointRules {
  const time = new Date(at).getTime()
  const applicable = history
    .filter((r) => new Date(r.effectiveFrom).getTime() <= time)
    .sort(
      (a, b) => new Date(a.effectiveFrom).getTime() - new Date(b.effectiveFrom).getTime() || a.revision - b.revision,
    )
  return applicable.at(-1) ?? DEFAULT_RULES
}

/** Points needed for a property-fee deduction worth `fen`, rounded up (never under-charge). */
export function pointsForFen(fen: number, rules: Pick<PointRules, 'pointsPerYuan'>): number {
  return Math.ceil((fen * rules.pointsPerYuan) / 100)
}

/** The fen value of points at the rules' rate, rounded down. */
export function fenForPoints(points: number, rules: Pick<PointRules, 'pointsPerYuan'>): number {
  return Math.floor((points * 100) / rules.pointsPerYuan)
}

/** Why a ledger entry was posted. */
export const LEDGER_REASONS = {
  'drop-off': t('投放得分', 'Drop-off'),
  redemption: t('兑换', 'Redemption'),
  refund: t('退还', 'Refund'),
  penalty: t('错投扣分', 'Penalty'),
  adjustment: t('人工调整', 'Adjustment'),
  transfer: t('补卡转移', 'Transfer'),
  expiry: t('过期', 'Expiry'),
}
export type LedgerReason = keyof typeof LEDGER_REASONS

/**
 * Only a penalty or an admin adjustment may take a balance below zero (a transfer may carry an
 * already negative balance over to a replacement card).
 */
export function mayGoNegative(reason: LedgerReason): boolean {
  return reason === 'penalty' || reason === 'adjustment' || reason === 'transfer'
}

/** Whether posting `delta` on `balance` is allowed for this reason; the new balance if so. */
export function nextBalance(
  balance: number,
  delta: number,
  reason: LedgerReason,
): { ok: true; balance: number } | { ok: false; code: 'INSUFFICIENT_BALANCE'; params: MessageParams } {
  if (!Number.isInteger(delta)) throw new Error('A ledger delta must be a whole number of points')
  const after = balance + delta
  if (delta < 0 && after < 0 && !mayGoNegative(reason)) {
    return {
      ok: false,
      code: 'INSUFFICIENT_BALANCE',
      params: { balance, needed: -delta },
    }
  }
  return { ok: true, balance: after }
}

export type Drift = { card: number | string; balance: number; ledger: number }

/** Cards whose balance differs from the sum of their ledger entries (pure: the nightly reconciliation). */
export function ledgerDrift(
  cards: Array<{ id: number | string; balance?: number | null }>,
  entries: Array<{ card: number | string; delta: number }>,
): Drift[] {
  const sums = new Map<string, number>()
  for (const e of entries) sums.set(String(e.card), (sums.get(String(e.card)) ?? 0) + e.delta)
  return cards
    .map((c) => ({ card: c.id, balance: c.balance ?? 0, ledger: sums.get(String(c.id)) ?? 0 }))
    .filter((d) => d.balance !== d.ledger)
}
