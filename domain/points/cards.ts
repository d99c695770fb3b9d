/** Smart cards: numbers, how they are issued, who holds them (pure). */
import { t } from '../../shared/i18n/labels'

/** A printed card number: 4–32 letters, digits or dashes. */
export const CARD_NUMBER = /^[A-Za-z0-9-]{4,32}$/

export const CHANNELS = {
  booth: t('设点发卡', 'Booth'),
  event: t('活动发卡', 'Event'),
  'door-to-door': t('上门发卡', 'Door to door'),
  other: t('其他', 'Other'),
}

export const HOLDER_KINDS = {
  household: t('居民家庭', 'Resident household'),
  office: t('机关单位', 'Government office'),
}

export const CARD_STATUSES = {
  active: t('正常', 'Active'),
  lost: t('挂失', 'Lost'),
  cancelled: t('注销', 'Cancelled'),
}

/** Most cards one batch may issue. */
export const MAX_BATCH = 5000

/** The numbers of a batch: prefix + zero-padded start … start + count − 1. */
export function batchNumbers(prefix: string, start: number, count: number, digits: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i).padStart(digits, '0')}`)
}

/**
 * A blank card: issued in a batch, never given to anyone, never used. A lost card's holder may be handed
 * one as the replacement.
 */
export function isBlankCard(c: {
  status?: string | null
  holderName?: string | null
  officeName?: string | null
  phone?: string | null
  balance?: number | null
  ledgerSeq?: number | null
  replaces?: unknown
  replacedBy?: unknown
}): boolean {
  return (
    c.status === 'active' &&
    !c.holderName &&
    !c.officeName &&
    !c.phone &&
    !c.balance &&
    !c.ledgerSeq &&
    !c.replaces &&
    !c.replacedBy
  )
}
