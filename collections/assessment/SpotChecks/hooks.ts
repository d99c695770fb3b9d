/** Hooks of `spot-checks`: the seed is the server's, recorded; the sample is drawn from it, never picked. */
import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import { drawSample } from '../../../domain/assessment/spotChecks'
import type { SpotCheck } from '../../../payload-types'
import { villagesOf } from '../../places'

export const drawVillages: CollectionBeforeChangeHook<SpotCheck> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const villages = await villagesOf(req, data.town as number)
  const seed = randomBytes(8).toString('hex')
  const sample = drawSample(
    villages.map((v) => v.id),
    seed,
    data.sharePercent ?? 10,
  )
  return {
    ...data,
    seed,
    villages: sample.map(Number),
    drawnBy: (currentUser(req)?.id as number | undefined) ?? null,
    drawnAt: new Date().toISOString(),
  }
}
