/** A town's villages as the platform's own rules read them (no access check, inside the request). */
import type { PayloadRequest } from 'payload'

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
