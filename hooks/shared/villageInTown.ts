import type { CollectionBeforeChangeHook } from 'payload'

import { refId } from '../../access/roles'
import { badRequest } from './errors'

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
  if (!found) throw badRequest('UNKNOWN_VILLAGE', `行政村 ${village} 不存在。Village ${village} does not exist.`)
  if (String(refId(found.town)) !== String(town)) {
    throw badRequest(
      'VILLAGE_NOT_IN_TOWN',
      `行政村「${found.name}」不属于所选镇（街道）。The village is not in the chosen town.`,
    )
  }
  return data
}
