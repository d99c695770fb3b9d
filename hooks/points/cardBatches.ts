/** Hooks of `card-batches`: one record issues a whole range of card numbers. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../access/roles'
import { batchNumbers, CARD_NUMBER, MAX_BATCH } from '../../domain/points/cards'
import { batchTitle } from '../../domain/points/titles'
import type { CardBatch } from '../../payload-types'
import { asPlatform } from '../../services/platform'
import { badRequest, conflict } from '../shared/errors'

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

/** Issues the batch's cards in the same transaction as the batch record. */
export const issueBatch: CollectionAfterChangeHook<CardBatch> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const site = refId(doc.site)
  for (const cardNumber of batchNumbers(doc.prefix ?? '', doc.start, doc.count, doc.digits ?? 6)) {
    await asPlatform(req, () =>
      req.payload.create({
        collection: 'cards',
        data: {
          cardNumber,
          status: 'active',
          holderKind: doc.holderKind,
          site: site as number,
          channel: doc.channel,
          issuedAt: doc.issuedAt ?? new Date().toISOString(),
        },
        req,
        overrideAccess: true,
        depth: 0,
      }),
    )
  }
  return doc
}
