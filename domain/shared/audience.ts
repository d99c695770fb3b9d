/** Who a bin or a reward is for: resident households, government offices, or both (pure). */
import { t } from '../../shared/i18n/labels'

export const AUDIENCES = {
  residents: t('居民', 'Residents'),
  offices: t('机关单位', 'Offices'),
  both: t('均可', 'Both'),
}
export type Audience = keyof typeof AUDIENCES

/** Whether a card holder may use something meant for `audience`. */
export function audienceAdmits(audience: Audience, holderKind: 'household' | 'office'): boolean {
  return audience === 'both' || audience === (holderKind === 'office' ? 'offices' : 'residents')
}
