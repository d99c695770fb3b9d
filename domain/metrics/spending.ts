/** 投入资金台账: who paid, what for — the kinds the work report's “共投入政府资金X万元” is built from. */
import { t } from '../../shared/i18n/labels'

export const PAYERS = {
  government: t('政府财政', 'Government'),
  operator: t('运营单位自筹', 'Operator'),
  other: t('其他（社会捐赠等）', 'Other'),
}

export const SPENDING_PURPOSES = {
  equipment: t('设施设备', 'Equipment'),
  'service-fee': t('运营服务费', 'Operator service fees'),
  cards: t('智能卡', 'Cards'),
  publicity: t('宣传', 'Publicity'),
  subsidy: t('奖补资金', 'Subsidies'),
  other: t('其他', 'Other'),
}

export const SPENDING_AREAS = {
  urban: t('城区试点', 'Urban pilot'),
  countryside: t('农村', 'Countryside'),
}

export type Purpose = keyof typeof SPENDING_PURPOSES
export type SpendingRow = { payer: string; purpose: string; amountFen: number }

/** Government money by purpose, and its total (fen): what the operator or others paid is not government money. */
export function governmentSpending(rows: SpendingRow[]): { total: number; byPurpose: Record<string, number> } {
  const byPurpose: Record<string, number> = {}
  let total = 0
  for (const r of rows) {
    if (r.payer !== 'government') continue
    byPurpose[r.purpose] = (byPurpose[r.purpose] ?? 0) + r.amountFen
    total += r.amountFen
  }
  return { total, byPurpose }
}
