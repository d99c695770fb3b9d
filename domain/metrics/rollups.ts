/**
 * 每日汇总: the drops of one Shanghai day summed per site, so that a figure over a period adds up a few rows per day
 * instead of every drop. Two attributions, each what its figures mean:
 * - where the waste went in: `drops`, `grams` and `byCategory` count the drops made at the site's bins;
 * - whose cards: `cardDays` and `cardDrops` count the cards issued at the site that dropped that day, and their drops.
 * A row is always a recount of its day from the records (keepRollups / checkRollups), never an increment.
 */

export type DropFact = {
  /** Where: the site of the bin (or pickup) the drop was made at. */
  site: number | string | null
  card: number | string
  /** Whose: the site the card was issued at. */
  cardSite: number | string | null
  category: string
  grams: number
}

export type DailyTotal = {
  day: string
  site: number | string | null
  drops: number
  grams: number
  byCategory: Record<string, number>
  cardDays: number
  cardDrops: number
}

const siteKey = (site: number | string | null) => (site === null || site === undefined ? '' : String(site))

/** The rows of one day from its drops, one per site with anything to count, sorted by site. */
export function rollUpDay(day: string, drops: DropFact[]): DailyTotal[] {
  const rows = new Map<string, DailyTotal>()
  const row = (site: number | string | null) => {
    const key = siteKey(site)
    let r = rows.get(key)
    if (!r) {
      r = { day, site: site ?? null, drops: 0, grams: 0, byCategory: {}, cardDays: 0, cardDrops: 0 }
      rows.set(key, r)
    }
    return r
  }
  const cards = new Set<string>()
  for (const d of drops) {
    const r = row(d.site)
    r.drops++
    r.grams += d.grams
    r.byCategory[d.category] = (r.byCategory[d.category] ?? 0) + d.grams
    const whose = row(d.cardSite)
    whose.cardDrops++
    if (!cards.has(String(d.card))) {
      cards.add(String(d.card))
      whose.cardDays++
    }
  }
  return [...rows.values()].sort((a, b) => siteKey(a.site).localeCompare(siteKey(b.site)))
}

const sameCategories = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => (a[k] ?? 0) !== 0 || (b[k] ?? 0) !== 0))
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0))
}

/** Whether two sets of one day's rows say the same (rows with nothing in them count as absent). */
export function sameDay(stored: DailyTotal[], recounted: DailyTotal[]): boolean {
  const nonEmpty = (rows: DailyTotal[]) => rows.filter((r) => r.drops || r.cardDays)
  const a = new Map(nonEmpty(stored).map((r) => [siteKey(r.site), r]))
  const b = nonEmpty(recounted)
  if (a.size !== b.length) return false
  return b.every((r) => {
    const s = a.get(siteKey(r.site))
    return (
      !!s &&
      s.drops === r.drops &&
      s.grams === r.grams &&
      s.cardDays === r.cardDays &&
      s.cardDrops === r.cardDrops &&
      sameCategories(s.byCategory, r.byCategory)
    )
  })
}

export type CardDayDrift = {
  card: string
  day: string
  stored: { drops: number; grams: number }
  recount: { drops: number; grams: number }
}

/** The card-days of one day that do not say what the day's drops say, card by card (a missing one included). */
export function cardDayDrift(
  day: string,
  drops: Array<{ card: string; grams: number }>,
  cardDays: Array<{ card: string; drops: number; grams: number }>,
): CardDayDrift[] {
  const byCard = new Map<string, { drops: number; grams: number }>()
  for (const d of drops) {
    const t = byCard.get(d.card) ?? { drops: 0, grams: 0 }
    t.drops++
    t.grams += d.grams
    byCard.set(d.card, t)
  }
  const out: CardDayDrift[] = []
  for (const c of cardDays) {
    const recount = byCard.get(c.card) ?? { drops: 0, grams: 0 }
    byCard.delete(c.card)
    if (c.drops !== recount.drops || c.grams !== recount.grams)
      out.push({ card: c.card, day, stored: { drops: c.drops, grams: c.grams }, recount })
  }
  for (const [card, recount] of byCard) out.push({ card, day, stored: { drops: 0, grams: 0 }, recount })
  return out
}

/** Sums rows (of any days and sites) into one set of totals. */
export function addUp(rows: Array<Pick<DailyTotal, 'drops' | 'grams' | 'byCategory' | 'cardDays' | 'cardDrops'>>) {
  const out = { drops: 0, grams: 0, byCategory: {} as Record<string, number>, cardDays: 0, cardDrops: 0 }
  for (const r of rows) {
    out.drops += r.drops
    out.grams += r.grams
    out.cardDays += r.cardDays
    out.cardDrops += r.cardDrops
    for (const [c, g] of Object.entries(r.byCategory ?? {})) out.byCategory[c] = (out.byCategory[c] ?? 0) + g
  }
  return out
}

/** The Shanghai days from `from` to `to` (yyyy-MM-dd), both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10))
  return out
}
