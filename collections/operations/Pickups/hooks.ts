/**
 * Hooks of `pickups`: a slot holds as many households as its capacity; a booking moves
 * booked → assigned → done / cancelled (before the cut-off) / no-show; completing it records the scale's
 * readings as drops (source `pickup`) through the bins' own rules and ledger, keyed by the pickup so the
 * points come once; an unusual total is flagged, not refused.
 */
import { randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { env } from '../../../config/env'
import {
  cancellable,
  completionRefusal,
  HOLDS_SLOT,
  MAX_PICKUP_GRAMS,
  PICKUP_STATUSES,
  pickupStepAllowed,
  unusualWeight,
  type PickupStatus,
} from '../../../domain/operations/pickups'
import { categoriesForSiteKind, checkDrop } from '../../../domain/points/points'
import { slotWhen } from '../../../domain/publicity/bookings'
import type { Pickup } from '../../../payload-types'
import { badRequest, conflict, forbidden } from '../../../shared/errors'
import { labelIn, t } from '../../../shared/i18n/labels'
import { isMessageCode } from '../../../shared/i18n/messages'
import { findRef, mustFind } from '../../../shared/lookup'
import { refId } from '../../../shared/refs'
import { isPlatformWrite } from '../../../shared/platform'
import { currentUser, hasRole } from '../../../shared/roles'
import { recordDropsIn } from '../../points'
import { sendMail } from '../../system'

export const bookPickup: CollectionBeforeChangeHook<Pickup> = async ({ data, operation, originalDoc, req }) => {
  const name = (s: PickupStatus) => labelIn(req, PICKUP_STATUSES[s], s)
  if (operation === 'create') {
    const card = await mustFind(req, 'cards', data.card, 'UNKNOWN_CARD')
    if (card.status !== 'active') throw badRequest(req, 'CARD_NOT_ACTIVE')
    const slot = await findRef(req, 'pickup-slots', data.slot)
    if (!slot) throw badRequest(req, 'UNKNOWN_SLOT')
    if (new Date(slot.startsAt).getTime() <= Date.now()) throw badRequest(req, 'SLOT_PAST')
    if (data.status && data.status !== 'booked')
      throw badRequest(req, 'PICKUP_STEP', { from: '—', to: name(data.status) })
    const taken = await req.payload.count({
      collection: 'pickups',
      where: { and: [{ slot: { equals: slot.id } }, { status: { in: HOLDS_SLOT } }] },
      req,
      overrideAccess: true,
    })
    if (taken.totalDocs >= slot.capacity)
      throw conflict(req, 'PICKUP_SLOT_FULL', { capacity: slot.capacity }, { capacity: slot.capacity })
    data.status = 'booked'
    data.reference = `SM${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`
    data.title = `${card.cardNumber} · ${data.address ?? ''} · ${slotWhen(slot.startsAt, slot.endsAt)}`
    return data
  }
  const from = originalDoc!.status
  const to = data.status ?? from
  if (
    !pickupStepAllowed(from, to) ||
    (from === 'done' &&
      operation === 'update' &&
      data.readings !== undefined &&
      JSON.stringify(data.readings) !== JSON.stringify(originalDoc!.readings))
  )
    throw badRequest(req, 'PICKUP_STEP', { from: name(from), to: name(to) })
  // Once booked, its card and slot are fixed (the slot's checks ran at booking; the points go to that card), and once
  // assigned its collector is: changing them is an admin's (a colleague cannot reassign it to themself to complete).
  if (!isPlatformWrite(req) && !hasRole(currentUser(req), 'admin')) {
    const moved = (field: 'card' | 'slot' | 'collector') =>
      data[field] !== undefined && String(refId(data[field]) ?? '') !== String(refId(originalDoc![field]) ?? '')
    const fixed =
      (['card', 'slot'] as const).find(moved) ?? (from !== 'booked' && moved('collector') ? 'collector' : null)
    if (fixed)
      throw forbidden(
        req,
        'ADMIN_ONLY_FIELD',
        {
          field: labelIn(
            req,
            { card: t('智能卡', 'Card'), slot: t('预约时段', 'Slot'), collector: t('回收员', 'Collector') }[fixed],
            fixed,
          ),
        },
        { field: fixed },
      )
  }
  // Readings a person types (or changes) are typed readings: a reason is then needed to complete.
  if (
    !isPlatformWrite(req) &&
    data.readings !== undefined &&
    JSON.stringify((data.readings ?? []).map((r) => [r.category, r.grams])) !==
      JSON.stringify((originalDoc!.readings ?? []).map((r) => [r.category, r.grams]))
  )
    data.readingsFrom = 'typed'
  if (to === from) return data
  if (to === 'assigned' && !refId(data.collector ?? originalDoc!.collector)) throw badRequest(req, 'COLLECTOR_REQUIRED')
  if (to === 'cancelled') {
    const slot = await findRef(req, 'pickup-slots', originalDoc!.slot)
    if (slot && !cancellable(slot.startsAt, new Date())) throw badRequest(req, 'PICKUP_CUTOFF')
  }
  return data
}

export const completePickup: CollectionBeforeChangeHook<Pickup> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data.status !== 'done' || originalDoc?.status === 'done') return data
  const readings = data.readings ?? originalDoc?.readings ?? []
  if (!readings.length) throw badRequest(req, 'READINGS_REQUIRED')
  const user = currentUser(req)
  const slot = await mustFind(req, 'pickup-slots', originalDoc!.slot, 'UNKNOWN_SLOT')
  const note = data.readingsNote === undefined ? originalDoc?.readingsNote : data.readingsNote
  const total = readings.reduce((s, r) => s + r.grams, 0)
  const fromScale = (data.readingsFrom ?? originalDoc?.readingsFrom) === 'scale'
  // A person completes it at the door, in its slot, with the readings they typed and why (the platform's own
  // completions, a seeded history, are not a person's).
  if (!isPlatformWrite(req)) {
    const refusal = completionRefusal({
      now: new Date(),
      slotStartsAt: slot.startsAt,
      by: user?.id ?? '',
      // The collector it was assigned to before this request (the same request cannot name a new one).
      collector: refId(originalDoc!.collector),
      byAdmin: hasRole(user, 'admin'),
      totalGrams: total,
      reason: note,
      fromScale,
    })
    if (refusal) throw badRequest(req, refusal, { max: MAX_PICKUP_GRAMS / 1000 })
    data.completedBy = user!.id as number
  }
  const card = await mustFind(req, 'cards', originalDoc!.card, 'UNKNOWN_CARD')
  const site = await findRef(req, 'sites', card.site)
  const allowed = categoriesForSiteKind(site?.kind)
  for (const r of readings) {
    // The bins' own check of a drop, and the categories of the household's kind of site.
    const checked = checkDrop(r)
    if (!checked.ok) throw badRequest(req, checked.code, checked.params)
    if (!(allowed as readonly string[]).includes(r.category))
      throw badRequest(req, 'UNKNOWN_CATEGORY', { category: r.category })
  }

  const now = new Date().toISOString()
  const outcomes = await recordDropsIn(
    req,
    readings.map((r, i) => ({
      card: card.id,
      category: r.category,
      grams: r.grams,
      occurredAt: now,
      source: 'pickup' as const,
      sourceRef: originalDoc!.reference ?? String(originalDoc!.id),
      site: refId(card.site) ?? undefined,
      idempotencyKey: `pickup-${originalDoc!.id}-${i}`,
      // Typed readings are the collector's entry, reviewed with the counter's; a scale's are the device's.
      recordedBy: fromScale ? undefined : (refId(data.completedBy) ?? undefined),
      note: fromScale ? '联网秤读数' : (note ?? undefined),
    })),
  )
  const rejected = outcomes.find((o) => o.status === 'rejected')
  if (rejected && rejected.status === 'rejected')
    throw badRequest(req, isMessageCode(rejected.code) ? rejected.code : 'INVALID_REQUEST', rejected.params)
  data.pointsAwarded = outcomes.reduce((sum, o) => sum + (o.status === 'rejected' ? 0 : o.points), 0)
  data.completedAt = now
  // Far from this household's usual pickups? Flag it for a look; the points stand.
  const earlier = await req.payload.find({
    collection: 'pickups',
    where: {
      and: [{ card: { equals: card.id } }, { status: { equals: 'done' } }, { id: { not_equals: originalDoc!.id } }],
    },
    select: { readings: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const reason = unusualWeight(
    total,
    earlier.docs.map((p) => (p.readings ?? []).reduce((s, r) => s + r.grams, 0)),
  )
  data.flagged = Boolean(reason)
  data.flagReason = reason
  return data
}

const TOLD: Partial<Record<PickupStatus, string>> = {
  booked: '已受理，回收员出发前会与您联系。',
  assigned: '已派单，回收员将按时上门。',
  done: '已完成，积分已计入您的卡。',
  cancelled: '已取消。',
  'no-show': '回收员上门时无人，本次预约已关闭；如需回收请重新预约。',
}

/** The resident who left an email hears of each step of their pickup (a mail in the outbox, sent by the scheduler). */
export const tellResident: CollectionAfterChangeHook<Pickup> = async ({ doc, operation, previousDoc, req }) => {
  if (!doc.email || (operation === 'update' && doc.status === previousDoc?.status)) return doc
  const said = TOLD[doc.status]
  if (!said) return doc
  const slot = await findRef(req, 'pickup-slots', doc.slot)
  await sendMail(req, {
    to: doc.email,
    name: '您好',
    title: `上门回收预约 ${doc.reference}：${labelIn(req, PICKUP_STATUSES[doc.status], doc.status)}`,
    // Only the platform's own words: what the booker typed (the address, the name) is not relayed to an inbox.
    body: `您预约的上门回收（${slot ? slotWhen(slot.startsAt, slot.endsAt) : ''}）${said}${
      doc.status === 'done' ? `本次积分 ${doc.pointsAwarded ?? 0} 分。` : ''
    }`,
    link: `${env.PUBLIC_URL ?? ''}/pickups?ref=${doc.reference}`,
  })
  return doc
}
