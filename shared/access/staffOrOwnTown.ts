import type { Access, Where } from 'payload'

import { currentUser, hasRole } from '../roles'
import { refId } from '../refs'

/**
 * The points and devices programme, read-only for a town: admins and operators read the whole
 * district; a town official reads the records of their own town's sites, found through `sitePath`
 * (`site` on a card, `card.site` on a ledger entry, `bin.site` on an alert); everyone else nothing.
 */
export const staffOrOwnTown =
  (sitePath: string): Access =>
  async ({ req }) => {
    const user = currentUser(req)
    if (hasRole(user, 'admin', 'operator')) return true
    const town = refId(user?.town)
    if (!hasRole(user, 'town-official') || town === null) return false
    const sites = await req.payload.find({
      collection: 'sites',
      where: { town: { equals: town } },
      select: {},
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (sites.docs.length === 0) return false
    const where: Where = { [sitePath]: { in: sites.docs.map((s) => s.id) } }
    return where
  }
