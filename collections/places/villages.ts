/** A town's villages as the platform's own rules read them (no access check, inside the request). */
import type { PayloadRequest } from 'payload'

import { asPlatform } from '../../shared/platform'

import type { Village } from '../../payload-types'

export async function villagesOf(req: PayloadRequest, town: number | string): Promise<Village[]> {
  const found = await req.payload.find({
    collection: 'villages',
    where: { town: { equals: town } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return found.docs
}

/**
 * Recomputes fields the server keeps on villages (cleaner figures, the contract mark) and writes those that
 * changed, as the platform: each village read once, written only when something moved.
 */
export async function refreshVillages(
  req: PayloadRequest,
  ids: Array<number | string>,
  compute: (village: Village) => Promise<Partial<Village>> | Partial<Village>,
): Promise<void> {
  for (const id of new Set(ids.map(String))) {
    const village = await req.payload.findByID({
      collection: 'villages',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!village) continue
    const next = await compute(village)
    const changed = (Object.keys(next) as Array<keyof Village>).some((k) => next[k] !== village[k])
    if (changed)
      await asPlatform(req, () =>
        req.payload.update({ collection: 'villages', id: village.id, data: next, req, overrideAccess: true, depth: 0 }),
      )
  }
}
