/**
 * Nightly ledger reconciliation: every card's balance must equal the sum of its ledger entries. A drift is
 * reported to the admins (inbox and mail) with the cards and both figures — and never "fixed": a balance
 * that disagrees with its ledger is evidence, for a person to look into. Safe to run twice or late.
 */
import type { Payload } from 'payload'

import { refId } from '../../shared/refs'
import { ledgerDrift, type Drift } from '../../domain/points/points'
import { notify } from '../../collections/system'
import { inTransaction } from '../../shared/transaction'
import { scheduledJob } from '../scheduled'

export async function reconcileLedger(payload: Payload): Promise<Drift[]> {
  const [cards, entries] = await Promise.all([
    payload.find({ collection: 'cards', select: { balance: true, cardNumber: true }, pagination: false, depth: 0 }),
    payload.find({ collection: 'point-entries', select: { card: true, delta: true }, pagination: false, depth: 0 }),
  ])
  const drift = ledgerDrift(
    cards.docs,
    entries.docs.map((e) => ({ card: refId(e.card)!, delta: e.delta })),
  )
  if (!drift.length) return drift
  const number = new Map(cards.docs.map((c) => [String(c.id), c.cardNumber]))
  const lines = drift
    .slice(0, 20)
    .map((d) => `${number.get(String(d.card))}：余额 ${d.balance}，流水合计 ${d.ledger}（差 ${d.balance - d.ledger}）`)
  await inTransaction(payload, (req) =>
    notify(
      req,
      { role: { equals: 'admin' } },
      {
        title: `积分对账：${drift.length} 张卡的余额与流水不一致`,
        body: `以下卡片的余额与积分流水合计不一致，系统未作任何修改，请核查：\n${lines.join('\n')}${drift.length > 20 ? `\n……共 ${drift.length} 张` : ''}`,
        link: '/admin/collections/cards',
      },
    ),
  )
  payload.logger.error(`Ledger reconciliation: ${drift.length} cards drift from their ledger (not changed).`)
  return drift
}

/** 01:30 in Shanghai: every balance against its ledger; a drift is reported, never fixed. */
export const reconcileLedgerJob = scheduledJob({
  slug: 'reconcile-ledger',
  label: '积分对账',
  cron: '30 17 * * *',
  work: async (payload) => {
    const drift = await reconcileLedger(payload)
    return drift.length
      ? `${drift.length} 张卡余额与流水不一致（已通知管理员，未修改）`
      : '全部余额与流水一致 All balances match'
  },
})
