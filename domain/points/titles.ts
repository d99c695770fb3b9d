/**
 * How records read to a person (pure): a drop-off "CXN002399 · 纸类 1.5 kg · 2026-11-29 10:05", a ledger
 * entry "CXN002399 +105 投放得分", a redemption "CXN002399 · 洗衣液", a card batch "CXN002401–CXN002420".
 * Stored as each record's title, so lists, relationship pickers and search show them.
 */
import { formatShanghai } from '../../shared/time'
import { categoryLabels, isCategory, LEDGER_REASONS, type LedgerReason } from './points'

/** Grams as a person reads them: "1.5 kg", "850 g". */
export function formatWeight(grams: number): string {
  return grams >= 1000 ? `${Number((grams / 1000).toFixed(3))} kg` : `${grams} g`
}

/** Fen as a person reads them: "¥36,800.00". */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100).toLocaleString('en-US')
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`
}

const shortCategory = (category: string) =>
  isCategory(category) ? categoryLabels[category].zh.replace('可回收物·', '') : category

export const dropTitle = (d: { cardNumber: string; category: string; grams: number; occurredAt: string }) =>
  `${d.cardNumber} · ${shortCategory(d.category)} ${formatWeight(d.grams)} · ${formatShanghai(d.occurredAt)}`

export const entryTitle = (e: { cardNumber: string; delta: number; reason: LedgerReason }) =>
  `${e.cardNumber} ${e.delta > 0 ? '+' : ''}${e.delta} ${LEDGER_REASONS[e.reason].zh}`

export const redemptionTitle = (r: { cardNumber: string; rewardName: string }) => `${r.cardNumber} · ${r.rewardName}`

export const batchTitle = (b: { firstNumber: string; lastNumber: string }) =>
  b.firstNumber === b.lastNumber ? b.firstNumber : `${b.firstNumber}–${b.lastNumber}`

/** A card as a picker shows it: number, holder, last four digits of the phone. */
export const cardTitle = (c: {
  cardNumber: string
  holderName?: string | null
  officeName?: string | null
  phoneLast4?: string | null
}) =>
  [c.cardNumber, c.officeName || c.holderName || '空白卡', c.phoneLast4 ? `尾号${c.phoneLast4}` : null]
    .filter(Boolean)
    .join(' · ')

/** A follow-up: "CXN002399 · 回访 2026-11-01 至 2026-11-30". */
export const followUpTitle = (f: { cardNumber: string; periodFrom?: string | null; periodTo?: string | null }) =>
  f.periodFrom && f.periodTo
    ? `${f.cardNumber} · 回访 ${f.periodFrom.slice(0, 10)} 至 ${f.periodTo.slice(0, 10)}`
    : `${f.cardNumber} · 回访`

/** A sorting check: "城小区南区 · CXN002399 · 分类错误 · 2026-11-29 10:05". */
export const checkTitle = (c: {
  siteName: string
  cardNumber?: string | null
  misSorted: boolean
  checkedAt: string
}) =>
  [c.siteName, c.cardNumber, c.misSorted ? '分类错误' : '分类正确', formatShanghai(c.checkedAt)]
    .filter(Boolean)
    .join(' · ')
