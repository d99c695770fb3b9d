/**
 * The month's records behind the honour roll: for each government office (site of kind `government`),
 * its active cards, how many dropped at least once that month (card-days) and the month's sorting checks.
 */
import type { PayloadRequest } from 'payload'

import { refId } from '../../access/roles'
import { nextMonth, rankOffices, type OfficeMonth, type RollRow } from '../../domain/publicity/honourRoll'
import { shanghaiDayStart } from '../../domain/shared/time'

export async function officeRanking(req: PayloadRequest, month: string): Promise<RollRow[]> {
  const q = { req, overrideAccess: true, pagination: false, depth: 0 } as const
  const offices = await req.payload.find({
    collection: 'sites',
    where: { kind: { equals: 'government' } },
    select: { name: true },
    ...q,
  })
  const first = `${month}-01`
  const after = `${nextMonth(month)}-01`
  const rows: OfficeMonth[] = []
  for (const office of offices.docs) {
    const cards = await req.payload.find({
      collection: 'cards',
      where: { and: [{ site: { equals: office.id } }, { status: { equals: 'active' } }] },
      select: { cardNumber: true },
      ...q,
    })
    const ids = cards.docs.map((c) => c.id)
    const days = ids.length
      ? await req.payload.find({
          collection: 'card-days',
          where: {
            and: [{ card: { in: ids } }, { day: { greater_than_equal: first } }, { day: { less_than: after } }],
          },
          select: { card: true },
          ...q,
        })
      : { docs: [] }
    const checks = await req.payload.find({
      collection: 'sorting-checks',
      where: {
        and: [
          { site: { equals: office.id } },
          { checkedAt: { greater_than_equal: shanghaiDayStart(first).toISOString() } },
          { checkedAt: { less_than: shanghaiDayStart(after).toISOString() } },
        ],
      },
      select: { result: true },
      ...q,
    })
    rows.push({
      site: office.id,
      name: office.name,
      cards: ids.length,
      activeCards: new Set(days.docs.map((d) => String(refId(d.card)))).size,
      checks: checks.docs.length,
      correct: checks.docs.filter((c) => c.result === 'correct').length,
    })
  }
  return rankOffices(rows)
}
