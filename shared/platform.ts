/**
 * Writes the platform makes itself, as opposed to what a person asked for: the ledger entry a
 * redemption posts, the cards a batch issues, the new card of a replacement. A hook that writes on a
 * person's request does so inside `asPlatform`, so the person's own rules (server-set fields, the
 * audit row per act) apply to their act and not again to its consequences. Writes with no signed-in
 * user (device bridge, jobs, seed) are the platform's by definition.
 */
import type { PayloadRequest } from 'payload'

import { currentUser } from './roles'

const PLATFORM = 'fenleiPlatformWrite'

export async function asPlatform<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const before = req.context[PLATFORM]
  req.context[PLATFORM] = true
  try {
    return await work()
  } finally {
    // A nested Local API call replaces req.context with a copy: restore on whichever is current.
    req.context[PLATFORM] = before
  }
}

export function isPlatformWrite(req: PayloadRequest): boolean {
  return req.context?.[PLATFORM] === true || !currentUser(req)
}
