/** Hooks of `card-batches`: one record issues a whole range of card numbers. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../../shared/refs'
import { batchNumbers, CARD_NUMBER, MAX_BATCH } from '../../../domain/points/cards'
import { batchTitle, cardTitle } from '../../../domain/points/titles'
import type { CardBatch } from '../../../payload-types'
import { badRequest, conflict } from '../../../shared/errors'

/** A batch names a free, valid range of card numbers before anything is written. */
export const checkBatch: CollectionBeforeChangeHook<CardBatch> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { prefix = '', start, count, digits = 6 } = data
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_BATCH) {
    throw badRequest(req, 'INVALID_COUNT', { max: MAX_BATCH })
  }
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) {
    throw badRequest(req, 'INVALID_START')
  }
  const numbers = batchNumbers(prefix ?? '', start, count, digits ?? 6)
  const bad = numbers.find((n) => !CARD_NUMBER.test(n))
  if (bad) throw badRequest(req, 'INVALID_CARD_NUMBER', { number: bad })
  const taken = await req.payload.find({
    collection: 'cards',
    where: { cardNumber: { in: numbers } },
    limit: 5,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (taken.totalDocs > 0) {
    throw conflict(req, 'CARD_NUMBERS_TAKEN', {
      numbers: `${taken.docs.map((c) => c.cardNumber).join(', ')}${taken.totalDocs > 5 ? ' …' : ''}`,
      count: taken.totalDocs,
    })
  }
  data.firstNumber = numbers[0]
  data.lastNumber = numbers.at(-1)
  data.title = batchTitle({ firstNumber: numbers[0]!, lastNumber: numbers.at(-1)! })
  return data
}

/**
 * Issues the batch's blank cards in the same transaction as the batch record — at the adapter level: a
 * batch of thousands must not hold the write gate for a minute (one Local API create per card did), and a
 * blank card has nothing for the cards' hooks to check or derive beyond its title, set here.
 */
export const issueBatch: CollectionAfterChangeHook<CardBatch> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const site = refId(doc.site)
  const now = new Date().toISOString()
  for (const cardNumber of batchNumbers(doc.prefix ?? '', doc.start, doc.count, doc.digits ?? 6)) {
    await req.payload.db.create({
      collection: 'cards',
      data: {
        cardNumber,
        label: cardTitle({ cardNumber }),
        status: 'active',
        holderKind: doc.holderKind,
        site,
        channel: doc.channel,
        issuedAt: doc.issuedAt ?? now,
        balance: 0,
        ledgerSeq: 0,
        createdAt: now,
        updatedAt: now,
      },
      req,
    })
  }
  return doc
}
