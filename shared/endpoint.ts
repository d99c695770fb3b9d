/** What every custom endpoint does first: check the caller's role, read and validate its input. */
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { currentUser, hasRole, type Role } from './roles'
import { badRequest, forbidden } from './errors'

export function requireRole(req: PayloadRequest, roles: Role[]): void {
  if (!hasRole(currentUser(req), ...roles)) throw forbidden(req, 'FORBIDDEN')
}

/** Validates input with a zod schema; the first problem becomes a coded 400 naming its path. */
export function parseWith<S extends z.ZodType>(
  req: PayloadRequest,
  schema: S,
  value: unknown,
  code: 'INVALID_REQUEST' | 'INVALID_QUERY' = 'INVALID_REQUEST',
): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  const path = issue.path.join('.')
  // The person reads where; a program also gets the validator's own words (`detail`).
  throw badRequest(req, code, { path: path || '/' }, { path, detail: issue.message })
}

export async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    throw badRequest(req, 'MALFORMED_JSON')
  }
}

/**
 * The client's network address, as the express server saw it (it sets `x-fenlei-client` on every
 * request and overwrites whatever a client sent). Requests that did not pass through it are "local".
 */
export function clientAddress(req: PayloadRequest): string {
  return req.headers.get('x-fenlei-client') ?? 'local'
}
