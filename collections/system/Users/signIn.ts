/**
 * Sign-in limits, on Payload's own login operation — so REST (`/api/users/login`), GraphQL (`loginUser`)
 * and the admin all pass them. Every attempt counts as a failure until it succeeds (`afterLogin` then
 * forgets it): an account is locked for the address that failed on it five times, an address failing
 * twenty times is refused for a while, and a locked account answers exactly like a wrong password.
 * Deactivated accounts cannot sign in.
 *
 * Every refusal costs what checking a password costs (issue 19: an unknown account answered in 0.02 s, a known
 * one in 0.4–2 s, which told a guesser which addresses have accounts). Where Payload will not hash — an unknown,
 * locked or deactivated account, and a reset asked for an address with no account — the same PBKDF2 runs here.
 */
import crypto from 'node:crypto'

import { AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { AttemptGuard } from '../../../domain/system/attempts'
import { clientAddress } from '../../../shared/endpoint'
import { tooMany } from '../../../shared/errors'
import { processWide } from '../../../shared/processWide'

/** One guard per process (shared by the express server and Next's route handlers). */
export const loginGuard = (): AttemptGuard => processWide('users.signInGuard', () => new AttemptGuard())

/** Payload's current password hash: PBKDF2-SHA256, 600,000 rounds, 32 bytes (payload/auth/strategies/local). */
const ROUNDS = 600_000
let equalWork = 0
/** How many times the stand-in hash ran in this process (for tests: the mechanism, not the clock). */
export const equalWorkRuns = () => equalWork

/** The work of checking a password, for a request Payload would otherwise answer at once. */
export async function sameWorkAsAPassword(password: string): Promise<void> {
  equalWork++
  const salt = crypto.randomBytes(32).toString('hex')
  await new Promise<void>((resolve) => crypto.pbkdf2(password || '-', salt, ROUNDS, 32, 'sha256', () => resolve()))
}

const passwordOf = (args: unknown) => String((args as { data?: { password?: unknown } }).data?.password ?? '')

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
  const user = locked
    ? null
    : await req.payload.db.findOne<{ id: number; active?: boolean | null }>({
        collection: 'users',
        where: { email: { equals: email } },
        req,
      })
  if (locked || !user || user.active === false) {
    await sameWorkAsAPassword(passwordOf(args))
    throw new AuthenticationError(req.t)
  }
  return args
}

export const forgetSuccessfulSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  loginGuard().succeed(String((user as { email?: string }).email ?? '').toLowerCase(), clientAddress(req))
  return user
}
