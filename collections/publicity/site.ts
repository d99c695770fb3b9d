/**
 * What the public site reads. Public pages run without a user: published content is read with access
 * control on (the public's own rules); the disclosure's sites and bins, which staff-only collections
 * hold, are read by the platform with `select` limited to what is public by law.
 */
import type { Payload } from 'payload'

import { refId } from '../../shared/refs'
import { shanghaiDay } from '../../shared/time'
import { computeFigures } from '../metrics'

/** Recyclables, as the programme counts them (the four urban classes and textiles, and the countryside's sellable). */
export const RECYCLABLE = ['paper', 'plastic', 'metal', 'glass', 'textile', 'sellable']

export type Figures = {
  cardsIssued: number
  participants: number
  participation: number | null
  recyclablesGramsThisMonth: number
  month: string
}

/**
 * The home page's live figures, from the figures registry (services/metrics/figures.ts) for the month to date:
 * cards issued; participants this month (active cards with at least one drop); participation (参与率, ‰);
 * recyclables weighed this month (grams).
 */
export async function publicFigures(payload: Payload, now = new Date()): Promise<Figures> {
  // Counted at most once a minute: the home page is the most visited and the counts move slowly.
  if (cached && now.getTime() - cached.at < 60_000) return cached.figures
  const month = shanghaiDay(now).slice(0, 7)
  const f = await computeFigures(payload, { from: `${month}-01`, to: shanghaiDay(now) })
  const figures: Figures = {
    cardsIssued: f.cardsIssued.total,
    participants: f.participationRate.numerator,
    participation: f.participationRate.denominator ? f.participationRate.value : null,
    recyclablesGramsThisMonth: RECYCLABLE.reduce((sum, c) => sum + (f.tonnageByCategory.byCategory[c] ?? 0), 0),
    month,
  }
  cached = { at: now.getTime(), figures }
  return figures
}

let cached: { at: number; figures: Figures } | null = null

export type DisclosedSite = {
  id: number | string
  name: string
  kind: string
  town: string
  address: string
  latitude: number | null
  longitude: number | null
  dropOffTimes: string
  collectionFrequency: string
  personInCharge: string
  complaintPhone: string
  confirmedAt: string | null
  bins: Array<{ deviceId: string; kind: string; status: string }>
}

/** Every drop-off point with what the public is told of it. */
export async function disclosedSites(payload: Payload): Promise<DisclosedSite[]> {
  const [sites, bins, towns] = await Promise.all([
    payload.find({
      collection: 'sites',
      select: {
        name: true,
        kind: true,
        town: true,
        address: true,
        latitude: true,
        longitude: true,
        dropOffTimes: true,
        collectionFrequency: true,
        personInCharge: true,
        complaintPhone: true,
        disclosureConfirmedAt: true,
      },
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'bins',
      select: { deviceId: true, kind: true, status: true, site: true },
      sort: 'deviceId',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({ collection: 'towns', select: { name: true }, pagination: false, depth: 0, overrideAccess: true }),
  ])
  const townName = new Map(towns.docs.map((t) => [String(t.id), t.name]))
  return sites.docs.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    town: townName.get(String(refId(s.town))) ?? '',
    address: s.address ?? '',
    latitude: s.latitude ?? null,
    longitude: s.longitude ?? null,
    dropOffTimes: s.dropOffTimes ?? '',
    collectionFrequency: s.collectionFrequency ?? '',
    personInCharge: s.personInCharge ?? '',
    complaintPhone: s.complaintPhone ?? '',
    confirmedAt: s.disclosureConfirmedAt ?? null,
    bins: bins.docs
      .filter((b) => String(refId(b.site)) === String(s.id))
      .map((b) => ({ deviceId: b.deviceId, kind: b.kind, status: b.status ?? 'offline' })),
  }))
}
