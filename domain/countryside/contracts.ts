/** Market-based sanitation (市场化保洁) coverage (pure): villages under a running contract ÷ the town's villages. */

export type ContractSpan = { start: string; end: string; villages: Array<number | string> }

/** A contract runs from its first day to its last, both included (days as yyyy-MM-dd). */
export const isRunning = (c: Pick<ContractSpan, 'start' | 'end'>, day: string): boolean =>
  c.start.slice(0, 10) <= day && day <= c.end.slice(0, 10)

/** The villages under a running contract on a day. */
export function coveredVillages(contracts: ContractSpan[], day: string): Set<string> {
  return new Set(contracts.filter((c) => isRunning(c, day)).flatMap((c) => c.villages.map(String)))
}

/** Coverage in percent with one decimal (0 for a town without villages). */
export function coveragePercent(villages: Array<number | string>, contracts: ContractSpan[], day: string): number {
  if (!villages.length) return 0
  const covered = coveredVillages(contracts, day)
  const n = villages.filter((v) => covered.has(String(v))).length
  return Math.round((n / villages.length) * 1000) / 10
}

export type RoadContract = Pick<ContractSpan, 'start' | 'end'> & { seatRoadMetres: number; mainRoadMetres: number }
export type TownRoads = { seatRoadMetres: number; mainRoadMetres: number }
export type RoadCoverage = {
  seat: { covered: number; total: number }
  seatAndRoads: { covered: number; total: number }
}

/**
 * The roads a town's running contracts keep clean on a day, against the town's own lengths: the town seat (镇区,
 * 镇政府驻地) alone, and the seat with the main roads — each covered length capped at the town's, so two contracts
 * over the same street never cover more than the street.
 */
export function roadCoverage(town: TownRoads, contracts: RoadContract[], day: string): RoadCoverage {
  const running = contracts.filter((c) => isRunning(c, day))
  const seat = Math.min(
    town.seatRoadMetres,
    running.reduce((n, c) => n + c.seatRoadMetres, 0),
  )
  const roads = Math.min(
    town.mainRoadMetres,
    running.reduce((n, c) => n + c.mainRoadMetres, 0),
  )
  return {
    seat: { covered: seat, total: town.seatRoadMetres },
    seatAndRoads: { covered: seat + roads, total: town.seatRoadMetres + town.mainRoadMetres },
  }
}
