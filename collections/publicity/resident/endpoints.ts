/**
 * The resident's page: POST /api/public/balance proves a card (its number and the last four digits of its phone) and
 * sets a pass valid on /me for ten minutes; POST /api/public/balance/forget drops the pass at once (a shared phone).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { env } from '../../../config/env'
import { issuePass, PASS_COOKIE, PASS_TTL_MS } from '../../../domain/publicity/residentPass'
import { WindowLimiter } from '../../../domain/system/windowLimit'
import { parseWith } from '../../../shared/endpoint'
import { notFound, tooMany } from '../../../shared/errors'
import { publicAct, redirect } from '../../../shared/publicForm'
import { refId } from '../../../shared/refs'
import { residentView } from '.'

/** Guesses at one card's phone digits, from anywhere: at most 10 an hour. */
const perCard = new WindowLimiter(10, 60 * 60_000)

/** A card number and the last four digits of its phone, as the public types them. */
export const cardProof = {
  cardNumber: z.string().trim().min(1).max(32),
  last4: z
    .string()
    .trim()
    .regex(/^\d{4}$/),
}

/**
 * The card a member of the public proves is theirs: its number and the last four digits of the phone it was issued
 * with. At most 10 tries an hour per card from anywhere; a wrong suffix and an unknown card answer alike (and both
 * count).
 */
export async function provenCard(req: PayloadRequest, input: { cardNumber: string; last4: string }) {
  const wait = perCard.take(input.cardNumber.toUpperCase(), Date.now())
  if (wait > 0) throw tooMany(req, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(wait / 60) }, { retryAfter: wait })
  const found = await req.payload.find({
    collection: 'cards',
    where: { and: [{ cardNumber: { equals: input.cardNumber } }, { status: { equals: 'active' } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const card = found.docs[0]
  if (!card || card.phoneLast4 !== input.last4) throw notFound(req, 'CARD_LOOKUP_FAILED')
  return card
}

const balance = publicAct(
  '/public/balance',
  'card',
  async (req, body) => {
    const card = await provenCard(req, parseWith(req, z.object(cardProof), body))
    const view = await residentView(req.payload, card.id)
    if (!view) throw notFound(req, 'CARD_LOOKUP_FAILED')
    const pass = issuePass(req.payload.secret, refId(card.id)!, Date.now())
    const secure = env.PUBLIC_URL?.startsWith('https://') ? '; Secure' : ''
    return {
      json: view,
      status: 200,
      back: '/me',
      headers: {
        'Set-Cookie': `${PASS_COOKIE}=${pass}; Path=/me; HttpOnly; SameSite=Lax; Max-Age=${PASS_TTL_MS / 1000}${secure}`,
      },
    }
  },
  () => '/me',
)

/** Ends the resident's view at once (a shared phone): the pass is dropped. */
const forget: Endpoint = {
  path: '/public/balance/forget',
  method: 'post',
  handler: () => redirect('/me', { 'Set-Cookie': `${PASS_COOKIE}=; Path=/me; HttpOnly; SameSite=Lax; Max-Age=0` }),
}

export const residentEndpoints: Endpoint[] = [balance, forget]
