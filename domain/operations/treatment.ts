/**
 * Where waste is treated (pure): a facility's own kind, or — for a transfer station, which treats nothing — the
 * kind of the facility it sends the waste on to, followed until a facility that treats it (at most a few hops; a
 * loop or a station with no destination is untreated: null).
 */
export type FacilityHop = { kind: string; sendsTo: number | string | null }

export function finalKind(facilities: Map<string, FacilityHop>, id: number | string | null | undefined): string | null {
  const seen = new Set<string>()
  let at = id === null || id === undefined ? undefined : facilities.get(String(id))
  while (at) {
    if (at.kind !== 'transfer-station') return at.kind
    if (at.sendsTo === null || seen.has(String(at.sendsTo))) return null
    seen.add(String(at.sendsTo))
    at = facilities.get(String(at.sendsTo))
  }
  return null
}
