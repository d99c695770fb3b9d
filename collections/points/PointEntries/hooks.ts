/** Hooks of the append-only points ledger (`point-entries`). */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser, hasRole, refId } from '../../../shared/roles'
import { nextBalance } from '../../../domain/points/points'
import { entryTitle } from '../../../domain/points/titles'
import type { PointEntry } from '../../../payload-types'
import { isPlatformWrite } from '../../../shared/platform'
import { badRequest, conflict, forbidden } from '../../../shared/errors'
import { mustFind } from '../../../shared/lookup'

/**
 * A new entry: only the platform itself posts, except an admin's manual adjustment with a
 * written reason. The balance rule is checked on the card's balance read inside this
 * transaction, then the card moves by an atomic increment and the entry records the result.
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
  const cardId = refId(data.card)
  if (cardId === null) throw badRequest(req, 'CARD_REQUIRED')
  const card = await mustFind(req, 'cards', cardId, 'UNKNOWN_CARD')

  const existing = await req.payload.find({
    collection: 'point-entries',
    where: { idempotencyKey: { equals: data.idempotencyKey } },
    limit: 1,
    depth: 0,
    req,
  })
  if (existing.docs[0]) {
    throw conflict(req, 'DUPLICATE_ENTRY')
  }

  const result = nextBalance(card.balance ?? 0, delta, data.reason ?? 'adjustment')
  if (!result.ok) throw conflict(req, result.code, result.params)

  await req.payload.db.updateOne({
    collection: 'cards',
    id: cardId,
    data: { balance: { $inc: delta }, ledgerSeq: { $inc: 1 } },
    req,
    returning: false,
  })
  data.balanceAfter = result.balance
  // The card's next number and the time of the act, so that its ledger reads in the order things happened.
  data.seq = (card.ledgerSeq ?? 0) + 1
  data.at ||= new Date().toISOString()
  data.title = entryTitle({ cardNumber: card.cardNumber, delta, reason: data.reason ?? 'adjustment' })
  data.actor = (user?.id as number | undefined) ?? null
  return data
}
