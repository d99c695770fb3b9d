/**
 * Device request signing (pure). A device signs `${timestamp}.${raw body}` with HMAC-SHA256
 * and its own secret; the platform checks the signature in constant time and the timestamp
 * against a ±5 minute window.
 */
import crypto from 'node:crypto'

export const TIMESTAMP_WINDOW_MS = 5 * 60 * 1000

export function sign(secret: string, timestamp: string, body: string | Buffer): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')
}

export function signatureMatches(secret: string, timestamp: string, body: string | Buffer, signature: string): boolean {
  const expected = Buffer.from(sign(secret, timestamp, body), 'hex')
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

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
