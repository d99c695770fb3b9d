/**
 * The district's random sample of a town's villages for unannounced checks (pure): at least the share
 * asked (≥ 10 %, at least one village), drawn by a seeded shuffle so anyone with the recorded seed can
 * draw the same sample again.
 */

import { hash, prng } from '../shared/random'

export const MIN_SHARE_PERCENT = 10

/** How many villages a share of n means: rounded up, at least one when there are any. */
export const sampleSize = (n: number, sharePercent: number): number =>
  n === 0 ? 0 : Math.max(1, Math.ceil((n * Math.max(MIN_SHARE_PERCENT, sharePercent)) / 100))

/** The sample: the villages (in id order) shuffled by the seed, the first `sampleSize` of them. */
export function drawSample(villages: Array<number | string>, seed: string, sharePercent: number): string[] {
  const ids = [...new Set(villages.map(String))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
  const random = prng(hash(seed))
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
  }
  return ids.slice(0, sampleSize(ids.length, sharePercent))
}
