/** Hooks of the append-only points ledger (`point-entries`). */
import type { CollectionBeforeChangeHook } from 'payload'

import type { PointEntry } from '../../../payload-types'
import { badRequest, forbidden } from '../../../shared/errors'
import { isPlatformWrite } from '../../../shared/platform'
import { refId } from '../../../shared/refs'
import { currentUser, hasRole } from '../../../shared/roles'
import { moveBalances, planPostings } from '../ledger'

/**
 * A new entry made through the API: only an admin's manual adjustment with a written reason (the platform posts
 * through the ledger, collections/points/ledger). The ledger decides it like every other posting — numbered and
 * checked against the card's balance read inside this transaction — and moves the card's balance; Payload then
 * stores the entry as decided.
 */
export const applyEntry: CollectionBeforeChangeHook<PointEntry> = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    throw forbidden(req, 'LEDGER_APPEND_ONLY')
  }
  const internal = isPlatformWrite(req)
  const user = currentUser(req)
  if (!internal) {
    if (!hasRole(user, 'admin')) {
      throw forbidden(req, 'LEDGER_ADMIN_ONLY')
    }
    if (data.reason !== 'adjustment') {
      throw badRequest(req, 'ADJUSTMENT_ONLY')
    }
    if (!String(data.note ?? '').trim()) {
      throw badRequest(req, 'REASON_REQUIRED')
    }
    data.idempotencyKey ||= `adjustment:${crypto.randomUUID()}`
    data.cause ||= `users:${user?.id}`
  }
  const delta = data.delta
  if (typeof delta !== 'number' || !Number.isInteger(delta) || delta === 0) {
    throw badRequest(req, 'INVALID_DELTA')
  }
  const card = refId(data.card)
  if (card === null) throw badRequest(req, 'CARD_REQUIRED')
  const [entry] = await planPostings(req, [
    {
      card,
      delta,
      reason: data.reason ?? 'adjustment',
      cause: data.cause ?? '',
      idempotencyKey: data.idempotencyKey ?? '',
      rulesRevision: data.rulesRevision ?? undefined,
      note: data.note ?? undefined,
      at: data.at ?? undefined,
      actor: user?.id ?? null,
    },
  ])
  await moveBalances(req, [{ card, delta, entries: 1 }])
  return {
    ...data,
    balanceAfter: entry!.balanceAfter,
    // The card's next number and the time of the act, so that its ledger reads in the order things happened.
    seq: entry!.seq,
    at: entry!.at,
    title: entry!.title,
    actor: (user?.id as number | undefined) ?? null,
  }
}
