/** Hooks of `media`: who uploaded a file is the server's; only admins and base editors publish images. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { DEFAULT_AREA } from '../../../domain/system/media'
import type { Media } from '../../../payload-types'
import { isPlatformWrite } from '../../../shared/platform'
import { forbidden } from '../../../shared/errors'

export const stampUpload: CollectionBeforeChangeHook<Media> = ({ data, operation, req }) => {
  if (isPlatformWrite(req)) return data
  const user = currentUser(req)!
  if (operation === 'create') {
    data.uploadedBy = user.id as number
    data.area ??= DEFAULT_AREA[user.role ?? 'operator']
  }
  if (data.visibility === 'public' && !hasRole(user, 'admin', 'base-editor')) {
    throw forbidden(req, 'PUBLISH_NOT_ALLOWED', {}, { field: 'visibility' })
  }
  if (hasRole(user, 'town-official')) {
    // A town official's evidence is their own town's.
    data.town = refId(user.town) as number
  }
  return data
}
