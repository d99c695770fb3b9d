/**
 * The month's records behind the honour roll: for each government office (site of kind `government`),
 * its active cards, how many dropped at least once that month (card-days) and the month's sorting checks.
 */
import type { PayloadRequest } from 'payload'

import { refId } from '../../../shared/refs'
import { nextMonth, rankOffices, type OfficeMonth, type RollRow } from '../../../domain/publicity/honourRoll'
import { shanghaiDayStart } from '../../../shared/time'

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
  const siteIds = offices.docs.map((o) => o.id)
  // Three reads for all offices at once, grouped here.
  const cards = siteIds.length
    ? await req.payload.find({
        collection: 'cards',
        where: { and: [{ site: { in: siteIds } }, { status: { equals: 'active' } }] },
        select: { site: true },
        ...q,
      })
    : { docs: [] }
  const siteOfCard = new Map(cards.docs.map((c) => [String(c.id), String(refId(c.site))]))
  const [days, checks] = await Promise.all([
    cards.docs.length
      ? req.payload.find({
          collection: 'card-days',
          where: {
            and: [
              { card: { in: cards.docs.map((c) => c.id) } },
              { day: { greater_than_equal: first } },
              { day: { less_than: after } },
            ],
          },
          select: { card: true },
          ...q,
        })
      : { docs: [] },
    req.payload.find({
      collection: 'sorting-checks',
      where: {
        and: [
          { site: { in: siteIds } },
          { checkedAt: { greater_than_equal: shanghaiDayStart(first).toISOString() } },
          { checkedAt: { less_than: shanghaiDayStart(after).toISOString() } },
        ],
      },
      select: { site: true, result: true },
      ...q,
    }),
  ])
  const rows: OfficeMonth[] = offices.docs.map((office) => {
    const site = String(office.id)
    const own = checks.docs.filter((c) => String(refId(c.site)) === site)
    return {
      site: office.id,
      name: office.name,
      cards: cards.docs.filter((c) => String(refId(c.site)) === site).length,
      activeCards: new Set(days.docs.map((d) => String(refId(d.card))).filter((card) => siteOfCard.get(card) === site))
        .size,
      checks: own.length,
      correct: own.filter((c) => c.result === 'correct').length,
    }
  })
  return rankOffices(rows)
}
