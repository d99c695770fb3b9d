/** At most `max` acts per key in any `windowMs` (pure; the clock is passed in). Bounded in keys. */
export class WindowLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts an act; returns 0 when it is allowed, else the seconds until the next one would be. */
  take(key: string, now: number): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs)
    this.hits.delete(key)
    if (recent.length >= this.max) {
      this.hits.set(key, recent)
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000))
    }
    recent.push(now)
    this.hits.set(key, recent)
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string)
    return 0
  }
}
