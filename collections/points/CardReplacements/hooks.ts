/** Hooks of `card-replacements`: a lost card is replaced and its balance moves over through the ledger. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../../shared/refs'
import { CARD_NUMBER, isBlankCard } from '../../../domain/points/cards'
import type { Card, CardReplacement } from '../../../payload-types'
import { postEntry } from '../ledger'
import { asPlatform } from '../../../shared/platform'
import { badRequest, conflict, notFound } from '../../../shared/errors'
import { mustFind } from '../../../shared/lookup'

/** A replacement needs a card that can be replaced and a free, valid new number. */
export const checkReplacement: CollectionBeforeChangeHook<CardReplacement> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const old = await mustFind(req, 'cards', data.oldCard, 'UNKNOWN_CARD')
  if (old.status === 'cancelled' || old.replacedBy) {
    throw conflict(req, 'CARD_NOT_REPLACEABLE', { number: old.cardNumber })
  }
  if (!CARD_NUMBER.test(String(data.newCardNumber ?? ''))) {
    throw badRequest(req, 'INVALID_CARD_NUMBER', { number: String(data.newCardNumber ?? '') })
  }
  // A new number, or a blank card from an issued batch; never a card somebody holds.
  const taken = await req.payload.db.findOne<Card>({
    collection: 'cards',
    where: { cardNumber: { equals: data.newCardNumber } },
    req,
  })
  if (taken && !isBlankCard(taken)) throw conflict(req, 'CARD_NUMBER_TAKEN', { number: String(data.newCardNumber) })
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
  if (!old) throw notFound(req, 'UNKNOWN_CARD')
  return asPlatform(req, async () => {
    const holder = {
      holderKind: old.holderKind,
      holderName: old.holderName,
      phone: old.phone,
      building: old.building,
      unit: old.unit,
      room: old.room,
      officeName: old.officeName,
      site: refId(old.site) as number,
      replaces: old.id,
    }
    const blank = await req.payload.db.findOne<Card>({
      collection: 'cards',
      where: { cardNumber: { equals: doc.newCardNumber } },
      req,
    })
    // A blank card handed over at the counter becomes the holder's; otherwise the new number is issued now.
    const fresh = blank
      ? await req.payload.update({
          collection: 'cards',
          id: blank.id,
          data: holder,
          req,
          overrideAccess: true,
          depth: 0,
        })
      : await req.payload.create({
          collection: 'cards',
          data: {
            ...holder,
            cardNumber: doc.newCardNumber,
            status: 'active',
            issuedAt: new Date().toISOString(),
            channel: old.channel,
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
