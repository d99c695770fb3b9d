import type { Access, Where } from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'

/**
 * Admins see every user; an operator also sees the operator accounts (to give a colleague a pickup, a work order or
 * a shift); everyone else sees only their own account.
 */
export const adminsSelfOrOperators: Access = ({ req }) => {
  const user = currentUser(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'operator')) {
    const colleagues: Where = { or: [{ id: { equals: user.id } }, { role: { equals: 'operator' } }] }
    return colleagues
  }
  return { id: { equals: user.id } }
}
