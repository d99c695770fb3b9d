/**
 * POST /api/users/login — Payload's own login, behind the platform's limits on failed attempts
 * (domain/system/attempts): an account locked for the address that failed on it, an address that
 * fails too often refused for a while. A locked account and a wrong password answer alike.
 */
import { AuthenticationError, headersWithCors, loginOperation, type Endpoint, type PayloadRequest } from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { AttemptGuard } from '../../domain/system/attempts'
import { tooMany } from '../../hooks/shared/errors'
import { clientAddress, readJson } from '../shared'

const GUARD = Symbol.for('fenlei.loginGuard')
type G = typeof globalThis & { [GUARD]?: AttemptGuard }
/** One guard per process (shared by the express server and Next's route handlers). */
export const loginGuard = (): AttemptGuard => ((globalThis as G)[GUARD] ??= new AttemptGuard())

export const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const body = (await readJson(req)) as { email?: unknown; password?: unknown } | undefined
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : ''
    const password = typeof body?.password === 'string' ? body.password : ''
    const address = clientAddress(req)
    const guard = loginGuard()
    const now = Date.now()
    const wait = guard.addressWait(address, now)
    if (wait > 0) {
      throw tooMany(req, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(wait / 60) }, { retryAfter: wait })
    }
    if (guard.accountLocked(email, address, now)) {
      guard.fail(email, address, now)
      throw new AuthenticationError(req.t)
    }
    const collection = req.payload.collections.users
    let result: Awaited<ReturnType<typeof loginOperation>>
    try {
      result = await loginOperation({ collection, data: { email, password }, req })
    } catch (err) {
      if (err instanceof AuthenticationError || (err instanceof Error && err.name === 'LockedAuth')) {
        guard.fail(email, address, now)
        throw new AuthenticationError(req.t)
      }
      throw err
    }
    guard.succeed(email, address)
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token!,
    })
    return Response.json(
      { message: req.t('authentication:passed'), ...result },
      { headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }) },
    )
  },
}
