import type { Access } from 'payload'

import { currentUser, hasRole, type Role } from '../roles'

/** Users holding one of the given roles. */
export const byRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(currentUser(req), ...roles)
