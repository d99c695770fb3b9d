import type { Access } from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'

/** Admins see every user; everyone else sees only their own account. */
export const adminsOrSelf: Access = ({ req }) => {
  const user = currentUser(req)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
