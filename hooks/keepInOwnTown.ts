import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser, hasRole } from '../shared/roles'
import { refId, sameRef } from '../shared/refs'
import { forbidden } from '../shared/errors'

/**
 * A town official works inside their own town: a new record defaults to it, and neither a new
 * record nor an edit may name another town. Admins and operators are not limited here
 * (collection access decides what they may touch).
 */
export const keepInOwnTown: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc }) => {
  const user = currentUser(req)
  if (!user || !hasRole(user, 'town-official')) return data
  const ownTown = refId(user.town)
  if (ownTown === null) {
    throw forbidden(req, 'NO_TOWN')
  }
  if (operation === 'create' && refId(data.town) === null) data.town = ownTown
  const target = data.town === undefined ? originalDoc?.town : data.town
  if (!sameRef(target, ownTown)) {
    throw forbidden(req, 'OTHER_TOWN')
  }
  return data
}
