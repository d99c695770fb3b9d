/**
 * Adapter-level reads for the platform's own bulk work (the bridge's hot path, figures, jobs): every matching row
 * (or `limit`), only the columns asked for, without hooks, access or join fields — people's reads go through the
 * Local API with their access instead.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

export type Row = Record<string, unknown> & { id: number | string }

export async function readRows<T extends object = Row>(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  o: { select?: Record<string, true>; sort?: string; limit?: number; req?: PayloadRequest } = {},
): Promise<Array<T & { id: number | string }>> {
  const found = await payload.db.find<T & { id: number | string }>({
    collection,
    where,
    ...(o.select ? { select: o.select } : {}),
    ...(o.sort ? { sort: o.sort } : {}),
    limit: o.limit ?? 0,
    pagination: false,
    ...(o.req ? { req: o.req } : {}),
    // A card's join fields (its ledger, its drops) are for people, not for these reads.
    joins: false as never, // JoinQuery's type is per collection; false = no joins
  })
  return found.docs
}
