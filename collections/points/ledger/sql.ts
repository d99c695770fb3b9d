/**
 * The ledger on the SQL engines (SQLite, PostgreSQL): entries as multi-row inserts, every card's balance and ledger number in one statement per
 * 200 cards (`balance + CASE id WHEN … THEN delta … END`), through drizzle inside the Payload transaction.
 */
import { CHUNK, isUniqueViolation, sqlTx } from '../../../db/bulk'
import { conflict } from '../../../shared/errors'
import type { LedgerForm } from '.'

export const sqlLedger: LedgerForm = {
  async insertEntries(req, rows, now) {
    const { tx, t } = await sqlTx(req)
    const table = t.point_entries!
    const ids = new Map<string, number>()
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK).map((r) => ({ ...r, createdAt: now, updatedAt: now }))
      let inserted: Array<{ id: number; key: string }>
      try {
        inserted = await tx.insert(table).values(part).returning({ id: table.id, key: table.idempotencyKey })
      } catch (error) {
        // Another process posted the same key between our check and this insert: the unique key refuses it.
        if (isUniqueViolation(error)) throw conflict(req, 'DUPLICATE_ENTRY')
        throw error
      }
      for (const r of inserted) ids.set(r.key, r.id)
    }
    return rows.map((r) => ids.get(r.idempotencyKey)!)
  },

  async moveBalances(req, moves, now) {
    const { sql, inArray } = await import('@payloadcms/db-sqlite/drizzle')
    const { tx, t } = await sqlTx(req)
    const cards = t.cards! as Record<string, never>
    for (let i = 0; i < moves.length; i += CHUNK) {
      const part = moves.slice(i, i + CHUNK)
      const cases = (pick: (m: (typeof part)[number]) => number) =>
        sql.join(
          part.map((m) => sql`when ${m.card} then ${pick(m)}`),
          sql` `,
        )
      await tx
        .update(cards)
        .set({
          balance: sql`coalesce(${cards.balance}, 0) + (case ${cards.id} ${cases((m) => m.delta)} else 0 end)`,
          ledgerSeq: sql`coalesce(${cards.ledgerSeq}, 0) + (case ${cards.id} ${cases((m) => m.entries)} else 0 end)`,
          updatedAt: now,
        })
        .where(inArray(cards.id, part.map((m) => m.card) as never[]))
    }
  },
}
