/**
 * POST /api/public/pickups — 上门回收预约 from the public site: the household proves the card is theirs as on /me (card
 * number and the phone's last four digits, counted against the same per-card limit), then the pickup is booked
 * through the operator's own rules (an active card, a future slot with room). The answer is a reference to follow it by.
 */
import { z } from 'zod'

import { parseWith } from '../../../../shared/endpoint'
import { conflict } from '../../../../shared/errors'
import { contactPhone, id, optionalEmail, optionalText, publicAct, text } from '../../../../shared/publicForm'
import { cardProof, provenCard } from '../../../publicity'

const pickupInput = z.object({
  ...cardProof,
  slot: id,
  address: text(120).min(1),
  contactName: optionalText(40),
  contactPhone,
  email: optionalEmail,
})

export const publicPickup = publicAct(
  '/public/pickups',
  'card',
  async (req, body) => {
    const input = parseWith(req, pickupInput, body)
    const card = await provenCard(req, input)
    // One coming pickup per household at a time: a card cannot take every slot.
    const pending = await req.payload.count({
      collection: 'pickups',
      where: { and: [{ card: { equals: card.id } }, { status: { in: ['booked', 'assigned'] } }] },
      req,
      overrideAccess: true,
    })
    if (pending.totalDocs) throw conflict(req, 'PICKUP_PENDING')
    const doc = await req.payload.create({
      collection: 'pickups',
      data: {
        card: card.id,
        slot: input.slot as number,
        address: input.address,
        contactName: input.contactName ?? null,
        contactPhone: input.contactPhone,
        email: input.email ?? null,
        via: 'online',
        status: 'booked',
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return { json: { reference: doc.reference, status: doc.status }, back: `/pickups?ref=${doc.reference}` }
  },
  () => '/pickups#book',
)
