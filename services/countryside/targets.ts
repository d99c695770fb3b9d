/** A target's progress from the town's villages as they stand (computed on every read, never stored). */
import type { PayloadRequest } from 'payload'

import { sortingProgress, type Progress, type Target } from '../../domain/countryside/targets'

export async function progressOf(req: PayloadRequest, town: number | string, target: Target): Promise<Progress> {
  const villages = await req.payload.find({
    collection: 'villages',
    where: { town: { equals: town } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { runsSorting: true, schemeSince: true, modelVillage: true },
  })
  return sortingProgress(villages.docs, target)
}
