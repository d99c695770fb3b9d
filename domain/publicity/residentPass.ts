/**
 * The resident's page remembers a successful lookup for a few minutes with a signed value (pure but for
 * the HMAC): card id and expiry, signed with the server's secret — nothing a visitor can forge or reuse
 * for another card.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const PASS_COOKIE = 'fenlei_card'
export const PASS_TTL_MS = 10 * 60_000

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`resident:${body}`).digest('base64url')

export function issuePass(secret: string, cardId: number | string, now: number): string {
  const body = `${cardId}.${now + PASS_TTL_MS}`
  return `${body}.${sign(secret, body)}`
}

/** The card id the pass was issued for, or null when it is forged, malformed or expired. */
export function readPass(secret: string, pass: string | undefined, now: number): string | null {
  const parts = pass?.split('.')
  if (!parts || parts.length !== 3) return null
  const [id, expires, mac] = parts as [string, string, string]
  const want = Buffer.from(sign(secret, `${id}.${expires}`))
  const got = Buffer.from(mac)
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null
  return Number(expires) > now ? id : null
}
