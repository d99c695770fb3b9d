/** Reads a record a hook depends on, inside the hook's transaction, or refuses with a coded 404. */
import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest } from 'payload'

import { refId } from '../../access/roles'
import { notFound } from './errors'

export async function mustFind<S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  ref: Parameters<typeof refId>[0],
  code: 'UNKNOWN_CARD' | 'UNKNOWN_REWARD',
): Promise<DataFromCollectionSlug<S>> {
  const id = refId(ref)
  const doc =
    id === null
      ? null
      : await req.payload.findByID({ collection, id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!doc) throw notFound(req, code)
  return doc as DataFromCollectionSlug<S> // findByID's result type is generic over the select; depth 0 gives the plain document
}
