/**
 * The district's random sample of a town's villages for unannounced checks (pure): at least the share
 * asked (≥ 10 %, at least one village), drawn by a seeded shuffle so anyone with the recorded seed can
 * draw the same sample again.
 */

export const MIN_SHARE_PERCENT = 10

/** A 32-bit hash of the seed text (FNV-1a), the start of the generator. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** mulberry32: a small, well-known deterministic generator in [0, 1). */
function generator(seed: string): () => number {
  let a = hash(seed)
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** How many villages a share of n means: rounded up, at least one when there are any. */
export const sampleSize = (n: number, sharePercent: number): number =>
  n === 0 ? 0 : Math.max(1, Math.ceil((n * Math.max(MIN_SHARE_PERCENT, sharePercent)) / 100))

/** The sample: the villages (in id order) shuffled by the seed, the first `sampleSize` of them. */
export function drawSample(villages: Array<number | string>, seed: string, sharePercent: number): string[] {
  const ids = [...new Set(villages.map(String))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
  const random = generator(seed)
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[ids[i], ids[j]] = [ids[j]!, ids[i]!]
  }
  return ids.slice(0, sampleSize(ids.length, sharePercent))
}
