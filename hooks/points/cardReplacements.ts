/** Hooks of `card-replacements`: a lost card is replaced and its balance moves over through the ledger. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../access/roles'
import { CARD_NUMBER } from '../../domain/points/cards'
import type { Card, CardReplacement } from '../../payload-types'
import { postEntry } from '../../services/points/ledger'
import { asPlatform } from '../../services/platform'
import { badRequest, conflict, notFound } from '../shared/errors'
import { mustFind } from '../shared/lookup'

/** A replacement needs a card that can be replaced and a free, valid new number. */
export const checkReplacement: CollectionBeforeChangeHook<CardReplacement> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const old = await mustFind(
    req,
    'cards',
    data.oldCard,
    'UNKNOWN_CARD',
    '原卡不存在。The card to replace does not exist.',
  )
  if (old.status === 'cancelled' || old.replacedBy) {
    throw conflict(
      'CARD_NOT_REPLACEABLE',
      `卡 ${old.cardNumber} 已注销或已补办。This card was cancelled or already replaced.`,
    )
  }
  if (!CARD_NUMBER.test(String(data.newCardNumber ?? ''))) {
    throw badRequest('INVALID_CARD_NUMBER', '新卡号格式不正确。Invalid new card number.')
  }
  const taken = await req.payload.count({
    collection: 'cards',
    where: { cardNumber: { equals: data.newCardNumber } },
    req,
    overrideAccess: true,
  })
  if (taken.totalDocs > 0)
    throw conflict('CARD_NUMBER_TAKEN', `卡号 ${data.newCardNumber} 已存在。That number is already issued.`)
  return data
}

/**
 * Reports the old card lost, issues the new one to the same holder and moves the balance over
 * through two ledger entries — all in the transaction of the replacement record.
 */
export const replaceCard: CollectionAfterChangeHook<CardReplacement> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  // Read through the adapter: the stored phone, not the masked one a non-admin's read returns.
  const old = await req.payload.db.findOne<Card>({
    collection: 'cards',
    where: { id: { equals: refId(doc.oldCard) } },
    req,
  })
  if (!old) throw notFound('UNKNOWN_CARD', '原卡不存在。The card to replace does not exist.')
  return asPlatform(req, async () => {
    const fresh = await req.payload.create({
      collection: 'cards',
      data: {
        cardNumber: doc.newCardNumber,
        status: 'active',
        issuedAt: new Date().toISOString(),
        holderKind: old.holderKind,
        holderName: old.holderName,
        phone: old.phone,
        building: old.building,
        unit: old.unit,
        room: old.room,
        officeName: old.officeName,
        site: refId(old.site) as number,
        channel: old.channel,
        replaces: old.id,
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await req.payload.update({
      collection: 'cards',
      id: old.id,
      data: { status: 'lost', replacedBy: fresh.id },
      req,
      overrideAccess: true,
    })
    const balance = old.balance ?? 0
    if (balance !== 0) {
      const cause = `card-replacements:${doc.id}`
      await postEntry(req, {
        card: old.id,
        delta: -balance,
        reason: 'transfer',
        cause,
        idempotencyKey: `${cause}:out`,
        note: `转至新卡 ${fresh.cardNumber}`,
      })
      await postEntry(req, {
        card: fresh.id,
        delta: balance,
        reason: 'transfer',
        cause,
        idempotencyKey: `${cause}:in`,
        note: `由旧卡 ${old.cardNumber} 转入`,
      })
    }
    await req.payload.update({
      collection: 'card-replacements',
      id: doc.id,
      data: { newCard: fresh.id, movedPoints: balance },
      req,
      overrideAccess: true,
    })
    return { ...doc, newCard: fresh.id, movedPoints: balance }
  })
}
