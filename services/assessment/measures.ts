/** The figures the platform holds for a town, which pre-fill the items measured from data. */
import type { PayloadRequest } from 'payload'

import type { MeasureKey } from '../../domain/assessment/method'

export async function measuresFor(
  req: PayloadRequest,
  town: number | string,
): Promise<Partial<Record<MeasureKey, number>>> {
  const villages = await req.payload.find({
    collection: 'villages',
    where: { town: { equals: town } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { cleanersGap: true, marketContract: true },
  })
  const alerts = await req.payload.count({
    collection: 'alerts',
    where: { and: [{ 'bin.site.town': { equals: town } }, { status: { in: ['open', 'acknowledged'] } }] },
    req,
    overrideAccess: true,
  })
  const n = villages.docs.length
  const covered = villages.docs.filter((v) => v.marketContract).length
  return {
    'staffing-gap': villages.docs.reduce((s, v) => s + (v.cleanersGap ?? 0), 0),
    'market-coverage': n ? Math.round((covered / n) * 1000) / 10 : 0,
    'open-alerts': alerts.totalDocs,
  }
}

/** Where a person reads the records behind a figure. */
export const measureLink = (measure: MeasureKey, town: number | string): string | null =>
  measure === 'staffing-gap'
    ? `/admin/collections/villages?where[town][equals]=${town}&where[cleanersGap][greater_than]=0`
    : measure === 'market-coverage'
      ? `/admin/collections/villages?where[town][equals]=${town}`
      : measure === 'open-alerts'
        ? `/admin/collections/alerts?where[status][in]=open,acknowledged`
        : null
