/**
 * The public's acts from the public site, without an account (comments on a consultation draft, visit bookings,
 * feedback about a site, the resident's balance lookup, door-to-door pickup bookings — each endpoint lives with its
 * collection): every act is rate-limited per client, validated with zod, and written by the platform with exactly
 * the fields it builds (never the body as sent). A page's form posts without JavaScript: the answer is a 303 back to
 * the page (with `?error=CODE` when refused); a program posting JSON gets JSON and the usual coded errors.
 */
import { createHash } from 'node:crypto'

import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { CONTACT_PHONE, normalisePhone } from '../domain/places/sites'
import { parseId } from './refs'
import { WindowLimiter } from '../domain/system/windowLimit'
import { badRequest, tooMany } from './errors'
import { clientAddress } from './endpoint'

/** Per client address, per kind of act: at most this many in ten minutes. */
const WINDOW = 10 * 60_000
const limiters = {
  comment: new WindowLimiter(5, WINDOW),
  booking: new WindowLimiter(5, WINDOW),
  feedback: new WindowLimiter(5, WINDOW),
  /** Acts that prove a card with the phone's last four digits (the balance, a pickup): one budget of guesses. */
  card: new WindowLimiter(5, WINDOW),
}
export const clientKey = (req: PayloadRequest) =>
  createHash('sha256').update(clientAddress(req)).digest('hex').slice(0, 16)

export type Reply = { json: Record<string, unknown>; status?: number; back: string; headers?: Record<string, string> }

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

export const redirect = (to: string, headers: Record<string, string> = {}) =>
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
export function publicAct(
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

export const text = (max: number) => z.string().trim().max(max)
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
/** A record id as a form or JSON sends it (see parseId). */
export const id = z.unknown().transform((v, ctx) => {
  const parsed = parseId(v)
  if (parsed === null) ctx.addIssue({ code: 'custom', message: 'not an id' })
  return parsed as number | string
})
/** A contact phone (mobile, or a landline with its area code). */
export const contactPhone = z.string().transform(normalisePhone).pipe(z.string().regex(CONTACT_PHONE))
/** An email address, or nothing. */
export const optionalEmail = z
  .string()
  .trim()
  .max(120)
  .optional()
  .transform((v) => v || undefined)
  .pipe(z.email().optional())
