/**
 * The ledger on any adapter (MongoDB): Payload's adapter methods inside the caller's transaction — one `create` per
 * entry and an atomic `$inc` of each card's balance and ledger number.
 */
import type { LedgerForm } from '.'

export const genericLedger: LedgerForm = {
  async insertEntries(req, rows, now) {
    const ids: Array<number | string> = []
    for (const r of rows) {
      const doc = await req.payload.db.create({
        collection: 'point-entries',
        data: { ...r, createdAt: now, updatedAt: now },
        req,
      })
      ids.push(doc.id as number | string)
    }
    return ids
  },

  async moveBalances(req, moves) {
    for (const m of moves)
      await req.payload.db.updateOne({
        collection: 'cards',
        id: m.card,
        data: { balance: { $inc: m.delta }, ledgerSeq: { $inc: m.entries } },
        req,
        returning: false,
      })
  },
}
