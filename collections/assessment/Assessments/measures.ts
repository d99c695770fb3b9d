/** The figures the platform holds for a town, which pre-fill the items measured from data. */
import type { PayloadRequest } from 'payload'

import type { MeasureKey } from '../../../domain/assessment/method'
import { periodDays } from '../../../domain/assessment/periods'
import { shanghaiDay } from '../../../shared/time'
import { coverageOf } from '../../countryside'
import { villagesOf } from '../../places'

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

export async function measuresFor(
  req: PayloadRequest,
  town: number | string,
  period: string,
): Promise<Partial<Record<MeasureKey, number>>> {
  const days = periodDays(period)
  const villages = await villagesOf(req, town)
  const alerts = await req.payload.count({
    collection: 'alerts',
    where: { and: [{ 'bin.site.town': { equals: town } }, { status: { in: ['open', 'acknowledged'] } }] },
    req,
    overrideAccess: true,
  })
  const drives = await req.payload.find({
    collection: 'cleanup-drives',
    where: {
      and: [
        { town: { equals: town } },
        { day: { greater_than_equal: days.from } },
        { day: { less_than: nextDay(days.to) } },
      ],
    },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { grams: true },
  })
  const grams = drives.docs.reduce((s, d) => s + (d.grams ?? 0), 0)
  return {
    'staffing-gap': villages.reduce((s, v) => s + (v.cleanersGap ?? 0), 0),
    // Coverage on the period's last day (or today, for a period still running).
    'market-coverage': await coverageOf(req, town, [days.to, shanghaiDay(new Date())].sort()[0]),
    'open-alerts': alerts.totalDocs,
    // Tonnes with one decimal.
    'cleanup-tonnes': Math.round(grams / 100_000) / 10,
  }
}

/** Where a person reads the records behind a figure. */
export const measureLink = (measure: MeasureKey, town: number | string): string | null =>
  measure === 'staffing-gap'
    ? `/admin/collections/villages?where[town][equals]=${town}&where[cleanersGap][greater_than]=0`
    : measure === 'market-coverage'
      ? `/admin/collections/sanitation-contracts?where[town][equals]=${town}`
      : measure === 'open-alerts'
        ? `/admin/collections/alerts?where[status][in]=open,acknowledged`
        : measure === 'cleanup-tonnes'
          ? `/admin/collections/cleanup-drives?where[town][equals]=${town}`
          : null
