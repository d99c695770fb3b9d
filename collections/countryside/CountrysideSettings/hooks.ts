/** Hooks of the `countryside-settings` global: a new staffing ratio re-computes every village's gap. */
import type { GlobalAfterChangeHook } from 'payload'

import { restaff } from '../staffing'

export const restaffAllVillages: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.staffingRatio === previousDoc?.staffingRatio) return doc
  const villages = await req.payload.find({
    collection: 'villages',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { name: true },
  })
  await restaff(
    req,
    villages.docs.map((v) => v.id),
    doc.staffingRatio,
  )
  return doc
}
