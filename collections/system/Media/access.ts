import type { Access, Where } from 'payload'

import { EVIDENCE_READERS, TOWN_EVIDENCE } from '../../../domain/system/media'
import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'

/**
 * Files: public ones for everyone; evidence for the roles that read the records it belongs to (a town
 * official: their own town's countryside and assessment evidence) and for whoever uploaded it.
 */
export const mediaReaders: Access = ({ req }) => {
  const user = currentUser(req)
  const open: Where = { visibility: { equals: 'public' } }
  if (!user?.role) return open
  if (user.role === 'admin') return true
  const areas = EVIDENCE_READERS[user.role]
  const town = refId(user.town)
  const or: Where[] = [
    open,
    { uploadedBy: { equals: user.id } },
    ...(areas.length ? [{ and: [{ visibility: { equals: 'private' } }, { area: { in: areas } }] }] : []),
    ...(user.role === 'town-official' && town !== null
      ? [{ and: [{ area: { in: TOWN_EVIDENCE } }, { town: { equals: town } }] }]
      : []),
  ]
  return { or }
}

/** Replacing or deleting a file: its uploader or an admin. */
export const uploaderOrAdmin: Access = ({ req }) => {
  const user = currentUser(req)
  if (!user) return false
  return user.role === 'admin' ? true : { uploadedBy: { equals: user.id } }
}
