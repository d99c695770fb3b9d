import type { Access } from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'
import { refId } from '../../../shared/refs'

/** Admins, and a base editor for their own education base. */
export const adminsOrOwnBase: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const base = refId(user?.educationBase)
  return hasRole(user, 'base-editor') && base !== null ? { id: { equals: base } } : false
}
