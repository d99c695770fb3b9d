/** Reads a record a hook depends on, inside the hook's transaction, or refuses with a coded 404. */
import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest } from 'payload'

import { refId } from './refs'
import { notFound } from './errors'

export async function mustFind<S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  ref: Parameters<typeof refId>[0],
  code: 'UNKNOWN_CARD' | 'UNKNOWN_REWARD' | 'UNKNOWN_SLOT',
): Promise<DataFromCollectionSlug<S>> {
  const doc = await findRef(req, collection, ref)
  if (!doc) throw notFound(req, code)
  return doc
}

/** A related document for a title or a check, or null when the reference is empty or gone. */
export async function findRef<S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  ref: Parameters<typeof refId>[0],
): Promise<DataFromCollectionSlug<S> | null> {
  const id = refId(ref)
  if (id === null) return null
  const doc = await req.payload.findByID({ collection, id, depth: 0, req, overrideAccess: true, disableErrors: true })
  // findByID's result type is generic over the select; depth 0 gives the plain document
  return (doc as DataFromCollectionSlug<S> | null) ?? null
}
