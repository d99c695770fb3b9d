/** Hooks for issuing cards in batches and replacing lost cards. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../access/roles'
import type { Card } from '../../payload-types'
import { CARD_NUMBER } from '../../collections/points/Cards'
import { postEntry } from '../../services/points/ledger'
import { badRequest, conflict, notFound } from '../shared/errors'

export const MAX_BATCH = 5000

export function batchNumbers(prefix: string, start: number, count: number, digits: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i).padStart(digits, '0')}`)
}

/** A batch names a free, valid range of card numbers before anything is written. */
export const checkBatch: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { prefix = '', start, count, digits = 6 } = data as { prefix?: string; start: number; count: number; digits?: number }
  if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH) {
    throw badRequest('INVALID_COUNT', `每批发卡数量为 1–${MAX_BATCH}。A batch holds 1–${MAX_BATCH} cards.`)
  }
  if (!Number.isInteger(start) || start < 0) throw badRequest('INVALID_START', '起始号必须是非负整数。Start must be a whole number ≥ 0.')
  const numbers = batchNumbers(prefix, start, count, digits)
  const bad = numbers.find((n) => !CARD_NUMBER.test(n))
  if (bad) throw badRequest('INVALID_CARD_NUMBER', `卡号「${bad}」格式不正确。Invalid card number.`)
  const taken = await req.payload.find({
    collection: 'cards',
    where: { cardNumber: { in: numbers } },
    limit: 5,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (taken.totalDocs > 0) {
    throw conflict(
      'CARD_NUMBERS_TAKEN',
      `卡号已存在：${taken.docs.map((c) => c.cardNumber).join('、')}${taken.totalDocs > 5 ? ' 等' : ''}（共 ${taken.totalDocs} 个）。Some numbers are already issued.`,
    )
  }
  data.firstNumber = numbers[0]
  data.lastNumber = numbers.at(-1)
  return data
}

/** Issues the batch's cards in the same transaction as the batch record. */
export const issueBatch: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const numbers = batchNumbers(doc.prefix ?? '', doc.start, doc.count, doc.digits ?? 6)
  for (const cardNumber of numbers) {
    await req.payload.create({
      collection: 'cards',
      data: {
        cardNumber,
        status: 'active',
        holderKind: doc.holderKind,
        site: refId(doc.site) as number,
        channel: doc.channel,
        issuedAt: doc.issuedAt ?? new Date().toISOString(),
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  return doc
}

/** A replacement needs a card that can be replaced and a free, valid new number. */
export const checkReplacement: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const oldId = refId(data.oldCard)
  const old = oldId === null ? null : await req.payload.findByID({ collection: 'cards', id: oldId, depth: 0, req, disableErrors: true, overrideAccess: true })
  if (!old) throw notFound('UNKNOWN_CARD', '原卡不存在。The card to replace does not exist.')
  if (old.status === 'cancelled' || old.replacedBy) {
    throw conflict('CARD_NOT_REPLACEABLE', `卡 ${old.cardNumber} 已注销或已补办。This card was cancelled or already replaced.`)
  }
  if (!CARD_NUMBER.test(String(data.newCardNumber ?? ''))) {
    throw badRequest('INVALID_CARD_NUMBER', '新卡号格式不正确。Invalid new card number.')
  }
  const taken = await req.payload.count({ collection: 'cards', where: { cardNumber: { equals: data.newCardNumber } }, req, overrideAccess: true })
  if (taken.totalDocs > 0) throw conflict('CARD_NUMBER_TAKEN', `卡号 ${data.newCardNumber} 已存在。That number is already issued.`)
  return data
}

/**
 * Reports the old card lost, issues the new one to the same holder and moves the balance over
 * through two ledger entries — all in the transaction of the replacement record.
 */
export const replaceCard: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  // Read through the adapter: the stored phone, not the masked one a non-admin's read returns.
  const old = (await req.payload.db.findOne({ collection: 'cards', where: { id: { equals: refId(doc.oldCard) } }, req })) as Card | null
  if (!old) throw notFound('UNKNOWN_CARD', '原卡不存在。The card to replace does not exist.')
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
    await postEntry(req, { card: old.id, delta: -balance, reason: 'transfer', cause, idempotencyKey: `${cause}:out`, note: `转至新卡 ${fresh.cardNumber}` })
    await postEntry(req, { card: fresh.id, delta: balance, reason: 'transfer', cause, idempotencyKey: `${cause}:in`, note: `由旧卡 ${old.cardNumber} 转入` })
  }
  await req.payload.update({ collection: 'card-replacements', id: doc.id, data: { newCard: fresh.id, movedPoints: balance }, req, overrideAccess: true })
  return { ...doc, newCard: fresh.id, movedPoints: balance }
}
