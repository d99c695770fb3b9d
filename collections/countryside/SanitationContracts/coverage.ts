/** Coverage from the contracts on record, and each village's "under contract" mark kept in step with them. */
import type { PayloadRequest } from 'payload'

import { refId } from '../../../shared/refs'
import { coveragePercent, coveredVillages, type ContractSpan } from '../../../domain/countryside/contracts'
import { shanghaiDay } from '../../../shared/time'
import { refreshVillages, villagesOf } from '../../places'

async function contractsOf(req: PayloadRequest, town?: number | string): Promise<ContractSpan[]> {
  const found = await req.payload.find({
    collection: 'sanitation-contracts',
    where: town === undefined ? {} : { town: { equals: town } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { start: true, end: true, villages: true },
  })
  return found.docs.map((c) => ({
    start: c.start,
    end: c.end,
    villages: (c.villages ?? []).map((v) => refId(v)!).filter((v) => v !== null),
  }))
}

/** A town's market-based coverage on a day (today in Shanghai by default), in percent. */
export async function coverageOf(req: PayloadRequest, town: number | string, day = shanghaiDay(new Date())) {
  const villages = await villagesOf(req, town)
  return coveragePercent(
    villages.map((v) => v.id),
    await contractsOf(req, town),
    day,
  )
}

/** Sets each listed village's mark to whether a contract covers it today. */
export async function markVillages(req: PayloadRequest, villages: Array<number | string>): Promise<void> {
  if (!villages.length) return
  const covered = coveredVillages(await contractsOf(req), shanghaiDay(new Date()))
  await refreshVillages(req, villages, (village) => ({ marketContract: covered.has(String(village.id)) }))
}
