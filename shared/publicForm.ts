/**
 * What the public sends from the public site, without an account: comments on a consultation draft,
 * visit bookings, feedback about a site, the resident's balance lookup and door-to-door pickup bookings. Each is rate-limited per
 * client, validated with zod, and written by the platform with exactly the fields it builds (never the
 * body as sent). A page's form posts here without JavaScript: the answer is a 303 back to the page (with
 * `?error=CODE` when refused); a program posting JSON gets JSON and the usual coded errors.
 */
import { createHash } from 'node:crypto'

import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { CONTACT_PHONE, normalisePhone } from '../domain/places/sites'
import { code } from '../domain/publicity/bookings'
import { COMMENT_MAX, CONTACT_MAX, consultationOpen, NAME_MAX } from '../domain/publicity/consultation'
import { issuePass, PASS_COOKIE, PASS_TTL_MS } from '../domain/publicity/residentPass'
import { parseId } from './ids'
import { secureRandom } from '../domain/shared/random'
import { WindowLimiter } from '../domain/system/windowLimit'
import { badRequest, conflict, notFound, say, tooMany } from './errors'
import { refId } from './roles'
import { env } from '../config/env'
import { residentView } from '../collections/publicity/resident'
import { clientAddress, parseWith } from './endpoint'

/** Per client address, per kind of act: at most this many in ten minutes. */
const WINDOW = 10 * 60_000
const limiters = {
  comment: new WindowLimiter(5, WINDOW),
  booking: new WindowLimiter(5, WINDOW),
  feedback: new WindowLimiter(5, WINDOW),
  /** Acts that prove a card with the phone's last four digits (the balance, a pickup): one budget of guesses. */
  card: new WindowLimiter(5, WINDOW),
}
/** Guesses at one card's phone digits, from anywhere: at most 10 an hour. */
const perCard = new WindowLimiter(10, 60 * 60_000)

const clientKey = (req: PayloadRequest) => createHash('sha256').update(clientAddress(req)).digest('hex').slice(0, 16)

type Reply = { json: Record<string, unknown>; status?: number; back: string; headers?: Record<string, string> }

const isForm = (req: PayloadRequest) =>
  (req.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')

/** The body as an object, from a form or JSON. */
async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const text = (await req.text?.()) ?? ''
  if (isForm(req)) return Object.fromEntries(new URLSearchParams(text))
  try {
    const value: unknown = text ? JSON.parse(text) : {}
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    throw badRequest(req, 'MALFORMED_JSON')
  }
}

const redirect = (to: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: to, ...headers } })

/** `path` with query parameters added (before its #fragment). */
const withParams = (path: string, params: Record<string, string>) => {
  const [base, hash] = path.split('#') as [string, string | undefined]
  const query = new URLSearchParams(params).toString()
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash ? `#${hash}` : ''}`
}

/** What the page needs to say why (the refusal's own figures: places left, minutes to wait, the field). */
function refusalParams(code: string, data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = { error: code }
  if (typeof data.free === 'number') out.free = String(data.free)
  if (typeof data.capacity === 'number') out.capacity = String(data.capacity)
  if (typeof data.retryAfter === 'number') out.minutes = String(Math.ceil(data.retryAfter / 60))
  if (typeof data.path === 'string' && /^[\w.]{1,40}$/.test(data.path)) out.field = data.path
  return out
}

/**
 * One public act: rate limit first (every attempt counts, right or wrong), the spam trap, then the work.
 * A form gets a 303 to the page, a refusal included; JSON gets JSON.
 */
function publicAct(
  path: string,
  limiter: keyof typeof limiters,
  work: (req: PayloadRequest, body: Record<string, unknown>) => Promise<Reply>,
  fallback: (body: Record<string, unknown>) => string,
): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const form = isForm(req)
      // The public's act, whoever's browser sends it: a signed-in session neither adds nor removes rights here.
      req.user = null
      let body: Record<string, unknown> = {}
      try {
        body = await readBody(req)
        const wait = limiters[limiter].take(clientKey(req), Date.now())
        if (wait > 0) throw tooMany(req, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(wait / 60) }, { retryAfter: wait })
        // The trap: a field people never see (hidden by the page's CSS); only a robot fills it in.
        if (typeof body.website === 'string' && body.website.trim() !== '') throw badRequest(req, 'SPAM_TRAP')
        const reply = await work(req, body)
        if (form) return redirect(reply.back, reply.headers)
        return Response.json(reply.json, { status: reply.status ?? 201, headers: reply.headers })
      } catch (error) {
        if (form && error instanceof APIError && error.status < 500) {
          const data = (error.data ?? {}) as Record<string, unknown>
          const coded = typeof data.code === 'string' ? data.code : 'FORM_INVALID'
          return redirect(withParams(fallback(body), refusalParams(coded, data)))
        }
        throw error
      }
    },
  }
}

const text = (max: number) => z.string().trim().max(max)
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
/** A record id as a form or JSON sends it (see parseId). */
const id = z.unknown().transform((v, ctx) => {
  const parsed = parseId(v)
  if (parsed === null) ctx.addIssue({ code: 'custom', message: 'not an id' })
  return parsed as number | string
})

const commentInput = z.object({
  plan: id,
  section: z.string().min(1).max(64),
  name: optionalText(NAME_MAX),
  contact: optionalText(CONTACT_MAX),
  text: text(COMMENT_MAX + 1000),
})

const comment = publicAct(
  '/public/comments',
  'comment',
  async (req, body) => {
    const input = parseWith(req, commentInput, body)
    if (!input.text) throw badRequest(req, 'COMMENT_EMPTY')
    if (input.text.length > COMMENT_MAX) throw badRequest(req, 'COMMENT_TOO_LONG', { max: COMMENT_MAX })
    const plan = await req.payload.findByID({
      collection: 'work-plans',
      id: input.plan,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!plan || !consultationOpen(plan, new Date())) throw badRequest(req, 'CONSULTATION_CLOSED')
    const section = plan.sections.find((s) => s.id === input.section)
    if (!section) throw badRequest(req, 'UNKNOWN_SECTION')
    const doc = await req.payload.create({
      collection: 'plan-comments',
      data: {
        plan: plan.id,
        section: input.section,
        sectionHeading: section.heading,
        title: `${section.heading} · ${input.text.slice(0, 24)}${input.text.length > 24 ? '…' : ''}`,
        name: input.name ?? null,
        contact: input.contact ?? null,
        text: input.text,
        status: 'pending',
        client: clientKey(req),
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return {
      json: { id: doc.id, status: 'pending', message: say(req, 'COMMENT_RECEIVED') },
      back: `/policies/${plan.id}?sent=${input.section}#${input.section}`,
    }
  },
  (body) => {
    const section = String(body.section ?? '').replace(/[^\w-]/g, '')
    return `/policies/${parseId(body.plan) ?? ''}?section=${section}#${section}`
  },
)

const bookingInput = z.object({
  slot: id,
  groupName: text(80).min(1),
  size: z.coerce.number().int().min(1).max(500),
  contactName: text(40).min(1),
  contactPhone: z.string().transform(normalisePhone).pipe(z.string().regex(CONTACT_PHONE)),
  email: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email().optional()),
  waitIfFull: z
    .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
})

const booking = publicAct(
  '/public/bookings',
  'booking',
  async (req, body) => {
    const input = parseWith(req, bookingInput, body)
    const doc = await req.payload.create({
      collection: 'visit-bookings',
      // Ids are numbers on SQLite and strings on MongoDB; the generated types know only the former.
      data: { ...input, slot: input.slot as number, status: 'pending' },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return {
      json: { reference: doc.reference, status: doc.status },
      back: `/bases/booking?ref=${doc.reference}`,
    }
  },
  (body) => `/bases/slot/${parseId(body.slot) ?? ''}#book`,
)

const feedbackInput = z.object({
  site: id.optional().or(z.literal('').transform(() => undefined)),
  text: text(COMMENT_MAX + 1000),
  contact: optionalText(CONTACT_MAX),
})

const feedback = publicAct(
  '/public/feedback',
  'feedback',
  async (req, body) => {
    const input = parseWith(req, feedbackInput, body)
    if (!input.text) throw badRequest(req, 'COMMENT_EMPTY')
    if (input.text.length > COMMENT_MAX) throw badRequest(req, 'COMMENT_TOO_LONG', { max: COMMENT_MAX })
    const site = input.site
      ? await req.payload.findByID({
          collection: 'sites',
          id: input.site,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    if (input.site && !site) throw notFound(req, 'UNKNOWN_SITE')
    const reference = `FK${code(8, secureRandom)}`
    await req.payload.create({
      collection: 'feedback',
      data: {
        reference,
        site: site?.id ?? null,
        text: input.text,
        contact: input.contact ?? null,
        status: 'open',
        client: clientKey(req),
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return { json: { reference }, back: `/feedback?ref=${reference}` }
  },
  () => '/feedback#send',
)

const balanceInput = z.object({
  cardNumber: z.string().trim().min(1).max(32),
  last4: z
    .string()
    .trim()
    .regex(/^\d{4}$/),
})

/**
 * The card a member of the public proves is theirs: its number and the last four digits of the phone it was issued
 * with. At most 10 tries an hour per card from anywhere; a wrong suffix and an unknown card answer alike (and both
 * count).
 */
async function provenCard(req: PayloadRequest, input: { cardNumber: string; last4: string }) {
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
    const card = await provenCard(req, parseWith(req, balanceInput, body))
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

const pickupInput = z.object({
  cardNumber: balanceInput.shape.cardNumber,
  last4: balanceInput.shape.last4,
  slot: id,
  address: text(120).min(1),
  contactName: optionalText(40),
  contactPhone: bookingInput.shape.contactPhone,
  email: bookingInput.shape.email,
})

/**
 * 上门回收预约 from the public site: the household proves the card is theirs as on /me (card number and the
 * phone's last four digits, counted against the same per-card limit), then the pickup is booked through the
 * operator's own rules (an active card, a future slot with room). The answer is a reference to follow it by.
 */
const pickup = publicAct(
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

/** Ends the resident's view at once (a shared phone): the pass is dropped. */
const forget: Endpoint = {
  path: '/public/balance/forget',
  method: 'post',
  handler: () => redirect('/me', { 'Set-Cookie': `${PASS_COOKIE}=; Path=/me; HttpOnly; SameSite=Lax; Max-Age=0` }),
}

export const publicEndpoints: Endpoint[] = [comment, booking, feedback, balance, forget, pickup]
