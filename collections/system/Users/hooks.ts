/** Hooks of the users collection. */
import type {
  CollectionAfterOperationHook,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'
import { sameRef } from '../../../shared/refs'
import type { User } from '../../../payload-types'
import { AttemptGuard } from '../../../domain/system/attempts'
import { resetPasswordHTML, resetPasswordSubject } from '../../../domain/system/mail'
import { clientAddress } from '../../../shared/endpoint'
import { loginGuard, sameWorkAsAPassword } from './signIn'
import { forbidden, tooMany } from '../../../shared/errors'
import { processWide } from '../../../shared/processWide'

/** The very first account of a fresh installation is a district admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.role = 'admin'
  return data
}

const GUARDED = ['role', 'town', 'educationBase', 'active'] as const

/**
 * Only admins assign roles and bindings, and nobody changes their own role — so nobody can
 * raise themselves, and the last admin cannot lock the district out by demoting themselves.
 */
export const guardRoleChanges: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  const user = currentUser(req)
  if (!user || operation !== 'update' || !originalDoc) return data
  const changed = GUARDED.filter((f) => data[f] !== undefined && !sameOrBothEmpty(data[f], originalDoc[f]))
  if (changed.length === 0) return data
  if (!hasRole(user, 'admin')) {
    throw forbidden(req, 'ROLE_ADMIN_ONLY')
  }
  if ((changed.includes('role') || changed.includes('active')) && String(originalDoc.id) === String(user.id)) {
    throw forbidden(req, 'OWN_ROLE')
  }
  return data
}

function sameOrBothEmpty(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === ''
  if (empty(a) && empty(b)) return true
  if (typeof a === 'string' && typeof b === 'string') return a === b
  return sameRef(a as never, b as never)
}

/** Reset mails: three per address and account, ten per address, in 15 minutes. */
const resetGuard = () =>
  processWide(
    'users.resetGuard',
    () => new AttemptGuard({ perAccount: 3, perAddress: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }),
  )

/**
 * Password-reset requests are limited per address (refused) and per account (answered alike, but no
 * mail is sent), so that nobody floods a colleague's mailbox or learns which addresses exist.
 */
export const limitResetRequests: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: string } }).data?.email ?? '').toLowerCase()
  const address = clientAddress(req)
  const guard = resetGuard()
  const now = Date.now()
  const wait = guard.addressWait(address, now)
  if (wait > 0) throw tooMany(req, 'TOO_MANY_ATTEMPTS', { minutes: Math.ceil(wait / 60) }, { retryAfter: wait })
  const limited = guard.accountLocked(email, address, now)
  guard.fail(email, address, now)
  // The same work whether the address has an account or not (the reset token and its mail are small beside it).
  await sameWorkAsAPassword(email)
  return limited ? { ...args, disableEmail: true } : args
}

/** An admin's unlock also lifts the per-address locks of the account. */
export const clearLocksOnUnlock: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation === 'unlock')
    loginGuard().clearAccount(String((args as { data?: { email?: string } }).data?.email ?? ''))
  return result
}

export const resetMail = {
  generateEmailSubject: () => resetPasswordSubject,
  generateEmailHTML: (o?: {
    req?: { payload: { config: { serverURL: string } } }
    token?: string
    user?: { name?: string | null }
  }) =>
    resetPasswordHTML({
      name: o?.user?.name,
      url: `${o?.req?.payload.config.serverURL || 'http://localhost:3000'}/admin/reset/${o?.token ?? ''}`,
      minutes: 60,
    }),
}

/**
 * A user's sign-in sessions are theirs and the admins' to read: an operator who reads a colleague's account (to
 * give them a pickup) does not read when and where that colleague is signed in.
 */
export const ownSessionsOnly: CollectionAfterReadHook = ({ doc, req }) => {
  const user = currentUser(req)
  if (!doc || typeof doc !== 'object' || !('sessions' in doc)) return doc
  // No reader is the sign-in itself checking the session (nobody anonymous reads accounts at all).
  if (user && !hasRole(user, 'admin') && String(user.id) !== String(doc.id)) delete doc.sessions
  return doc
}
