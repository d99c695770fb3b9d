import type { Access } from 'payload'

import { currentUser, hasRole, type Role } from '../roles'
import { refId } from '../refs'

/**
 * Town-scoped records (villages, sites, …): the roles in `seeAll` reach every record, a town
 * official only those of their own town, everyone else nothing.
 */
export const ownTown =
  (seeAll: Role[], field = 'town'): Access =>
  ({ req }) => {
    const user = currentUser(req)
    if (!user) return false
    if (hasRole(user, 'admin', ...seeAll)) return true
    if (hasRole(user, 'town-official')) {
      const town = refId(user.town)
      return town === null ? false : { [field]: { equals: town } }
    }
    return false
  }
