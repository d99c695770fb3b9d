/**
 * Device request signing (pure), protocol v1. A device signs the canonical string of its request —
 *
 *     METHOD \n PATH \n DEVICE-ID \n TIMESTAMP \n RAW-BODY
 *
 * (method upper-case, path as sent without the query, e.g. `/device/v1/events`; the body byte for byte)
 * — with HMAC-SHA256, keyed by the UTF-8 bytes of its secret exactly as issued, and sends the digest as
 * 64 lower-case hex digits. The platform recomputes it, compares in constant time and checks the
 * timestamp (milliseconds since the epoch) against a ±5 minute window.
 */
import crypto from 'node:crypto'

export const TIMESTAMP_WINDOW_MS = 5 * 60 * 1000

export type SignedParts = { method: string; path: string; deviceId: string; timestamp: string; body: string | Buffer }

export function canonicalPrefix(p: Omit<SignedParts, 'body'>): string {
  return `${p.method.toUpperCase()}\n${p.path}\n${p.deviceId}\n${p.timestamp}\n`
}

export function sign(secret: string, p: SignedParts): string {
  return crypto
    .createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(canonicalPrefix(p))
    .update(p.body)
    .digest('hex')
}

export function signatureMatches(secret: string, p: SignedParts, signature: string): boolean {
  const expected = Buffer.from(sign(secret, p), 'hex')
  const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** The scheme a device must sign with now, as the bridge names it to an old client (header X-Signature-Scheme). */
export const SIGNATURE_SCHEME = 'fenlei-hmac-sha256-v1.1: METHOD\\nPATH\\nDEVICE_ID\\nTIMESTAMP\\nBODY'

/**
 * The signature of protocol 1.0.0 — HMAC-SHA256 over `${timestamp}.${body}`, which did not bind the request to its
 * endpoint. Never accepted: recognised only so that a device still on 1.0.0 is told what changed (SIGNATURE_VERSION)
 * instead of an AUTH_FAILED it cannot act on. Only a holder of the device's secret can produce one.
 */
export function legacySignatureMatches(secret: string, timestamp: string, body: string | Buffer, signature: string) {
  const expected = crypto.createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest()
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** Worked examples for vendors (also in the OpenAPI document; a test recomputes them). */
export const SIGNING_VECTORS = [
  {
    // 32 characters, as every issued secret (base64url of 24 random bytes).
    secret: 'k3y-Example_Secret-0123456789abc',
    method: 'POST',
    path: '/device/v1/authorize',
    deviceId: 'CXN-BIN-01',
    timestamp: '1764000000000',
    body: '{"card":"CXN000001"}',
  },
  {
    secret: 'k3y-Example_Secret-0123456789abc',
    method: 'POST',
    path: '/device/v1/events',
    deviceId: 'CXN-BIN-01',
    timestamp: '1764000000123',
    body: '{"events":[{"type":"drop","eventId":"e-1","card":"CXN000001","compartment":1,"grams":1500,"occurredAt":"2025-11-24T16:00:00.000Z"}]}',
  },
  {
    // A GET: its body is empty (zero bytes), so the canonical string ends with the newline after the timestamp.
    secret: 'k3y-Example_Secret-0123456789abc',
    method: 'GET',
    path: '/device/v1/limits',
    deviceId: 'CXN-BIN-01',
    timestamp: '1764000000456',
    body: '',
  },
].map((v) => ({ ...v, signature: sign(v.secret, v) }))

/** The timestamp is milliseconds since the epoch, as a string of digits. */
export function timestampFresh(timestamp: string, now: number, windowMs = TIMESTAMP_WINDOW_MS): boolean {
  if (!/^\d{10,16}$/.test(timestamp)) return false
  return Math.abs(now - Number(timestamp)) <= windowMs
}

/** Secrets at rest: AES-256-GCM under a key derived from the server secret. */
export function sealSecret(plain: string, serverSecret: string): string {
  const key = crypto.createHash('sha256').update(`fenlei-device:${serverSecret}`).digest()
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.')
}

export function openSecret(sealed: string, serverSecret: string): string | null {
  try {
    const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'))
    const key = crypto.createHash('sha256').update(`fenlei-device:${serverSecret}`).digest()
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv!)
    decipher.setAuthTag(tag!)
    return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}

export function newDeviceSecret(): string {
  return crypto.randomBytes(24).toString('base64url')
}
