/**
 * Sign-in limits, on Payload's own login operation — so REST (`/api/users/login`), GraphQL (`loginUser`)
 * and the admin all pass them. Every attempt counts as a failure until it succeeds (`afterLogin` then
 * forgets it): an account is locked for the address that failed on it five times, an address failing
 * twenty times is refused for a while, and a locked account answers exactly like a wrong password.
 * Deactivated accounts cannot sign in.
 */
import { AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { AttemptGuard } from '../../../domain/system/attempts'
import { clientAddress } from '../../../shared/endpoint'
import { tooMany } from '../../../shared/errors'
import { processWide } from '../../../shared/processWide'

/** One guard per process (shared by the express server and Next's route handlers). */
export const loginGuard = (): AttemptGuard => processWide('users.signInGuard', () => new AttemptGuard())

const emailOf = (args: unknown) =>
  String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .trim()
    .toLowerCase()

export const limitSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = emailOf(args)
  const address = clientAddress(req)
  const guard = loginGuard()
  const now = Date.now()
  const wait = guard.addressWait(address, now)
  if (wait > 0) throw tooMany(req, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(wait / 60) }, { retryAfter: wait })
  const locked = guard.accountLocked(email, address, now)
  guard.fail(email, address, now)
  if (locked) throw new AuthenticationError(req.t)
  const user = await req.payload.db.findOne<{ id: number; active?: boolean | null }>({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (user && user.active === false) throw new AuthenticationError(req.t)
  return args
}

export const forgetSuccessfulSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  loginGuard().succeed(String((user as { email?: string }).email ?? '').toLowerCase(), clientAddress(req))
  return user
}
