/**
 * Posting to the points ledger. Every balance change in Fenlei is one `point-entries` create,
 * made inside the caller's transaction (`req`) as a platform write: the entry's hook checks the
 * balance rule, moves the card's balance atomically and records the balance after.
 */
import type { PayloadRequest } from 'payload'

import type { LedgerReason } from '../../../domain/points/points'
import { asPlatform } from '../../../shared/platform'

export type Posting = {
  card: number | string
  delta: number
  reason: LedgerReason
  /** What caused it, as "collection:id" (drop-offs:12, redemptions:3, …). */
  cause: string
  idempotencyKey: string
  rulesRevision?: number
  note?: string
  /** When the act happened (a redemption, a check); now when not given. */
  at?: string
}

export type PostedEntry = { id: number | string; balanceAfter: number; delta: number }

export async function postEntry(req: PayloadRequest, posting: Posting): Promise<PostedEntry> {
  const entry = await asPlatform(req, () =>
    req.payload.create({
      collection: 'point-entries',
      data: {
        card: posting.card as number,
        delta: posting.delta,
        reason: posting.reason,
        cause: posting.cause,
        idempotencyKey: posting.idempotencyKey,
        rulesRevision: posting.rulesRevision,
        note: posting.note,
        at: posting.at,
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
  return { id: entry.id, balanceAfter: entry.balanceAfter ?? 0, delta: entry.delta }
}
