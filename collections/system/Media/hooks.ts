/** Hooks of `media`: who uploaded a file is the server's; only admins and base editors publish images. */
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { DEFAULT_AREA } from '../../../domain/system/media'
import type { Media } from '../../../payload-types'
import { isPlatformWrite } from '../../../shared/platform'
import { forbidden } from '../../../shared/errors'
import { labelIn } from '../../../shared/i18n/labels'
import { firstHolder, type Holder } from './holders'

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

const refusal = (req: PayloadRequest, holder: Holder) =>
  forbidden(
    req,
    holder.holds ? 'FILE_LOCKED' : 'FILE_IN_USE',
    { record: `${labelIn(req, holder.collection.labels?.singular, holder.collection.slug)} #${holder.id}` },
    { collection: holder.collection.slug, id: holder.id },
  )

/**
 * A file a locked or append-only record holds is never replaced or changed, by anyone (./holders.ts). Checked before
 * the operation begins: Payload unlinks the old file of an upload before any change hook runs, so a refusal there
 * would leave the row and lose the bytes. Bulk updates and deletes (`?where=`) are checked file by file.
 */
export const keepHeldFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const ids =
    id !== undefined
      ? [id]
      : where
        ? (
            await req.payload.find({
              collection: 'media',
              where,
              pagination: false,
              depth: 0,
              overrideAccess: true,
              req,
            })
          ).docs.map((d) => d.id)
        : []
  for (const one of ids) {
    const holder = await firstHolder(req, one)
    // A held file: neither changed nor deleted; a file still used elsewhere: not deleted.
    if (holder && (holder.holds || operation === 'delete')) throw refusal(req, holder)
  }
  return args
}

/** A file any record references is not deleted (it would empty the record's evidence); a held one by nobody. */
export const keepReferencedFile: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const holder = await firstHolder(req, id)
  if (holder) throw refusal(req, holder)
}
