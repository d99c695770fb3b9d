/** What every custom endpoint does first: check the caller's role, read and validate its input. */
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { currentUser, hasRole, type Role } from '../access/roles'
import { badRequest, forbidden } from '../hooks/shared/errors'

export function requireRole(req: PayloadRequest, roles: Role[], message: string): void {
  if (!hasRole(currentUser(req), ...roles)) throw forbidden('FORBIDDEN', message)
}

/** Validates input with a zod schema; the first problem becomes a coded 400 naming its path. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, code = 'INVALID_REQUEST'): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  throw badRequest(code, issue.message, { path: issue.path.join('.') })
}

export async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    throw badRequest('MALFORMED_JSON', '请求体不是有效的 JSON。Malformed JSON.')
  }
}

/**
 * The client's network address, as the express server saw it (it sets `x-fenlei-client` on every
 * request and overwrites whatever a client sent). Requests that did not pass through it are "local".
 */
export function clientAddress(req: PayloadRequest): string {
  return req.headers.get('x-fenlei-client') ?? 'local'
}
