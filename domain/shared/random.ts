/** Randomness: deterministic (pure: the same seed, the same numbers) for demos and samples; secure for codes. */
import { randomInt } from 'node:crypto'

/** A 32-bit hash of a text (FNV-1a). */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** mulberry32: a small, well-known deterministic generator of numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Unpredictable numbers in [0, 1) from the operating system's generator: for codes people must not guess. */
export function secureRandom(): number {
  return randomInt(0, 2 ** 32) / 2 ** 32
}
