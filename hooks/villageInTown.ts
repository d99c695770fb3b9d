import type { CollectionBeforeChangeHook } from 'payload'

import { refId } from '../shared/refs'
import { badRequest } from '../shared/errors'

/** A record's village, when it names one, must lie in the record's town. */
export const villageInTown: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const village = refId(data.village === undefined ? originalDoc?.village : data.village)
  const town = refId(data.town === undefined ? originalDoc?.town : data.town)
  if (village === null || town === null) return data
  const found = await req.payload.findByID({
    collection: 'villages',
    id: village,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!found) throw badRequest(req, 'UNKNOWN_VILLAGE', { id: village })
  if (String(refId(found.town)) !== String(town)) {
    throw badRequest(req, 'VILLAGE_NOT_IN_TOWN', { name: found.name })
  }
  return data
}
