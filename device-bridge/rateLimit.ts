/** A token bucket per device: `rate` requests per second, bursts up to `2 × rate`. */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly rate: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Seconds until a token is free, without taking one (0: free now). */
  wait(key: string, now = Date.now()): number {
    const b = this.buckets.get(key)
    if (!b) return 0
    const tokens = Math.min(this.rate * 2, b.tokens + ((now - b.at) / 1000) * this.rate)
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.rate)
  }

  /** Takes a token; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const burst = this.rate * 2
    const b = this.buckets.get(key) ?? { tokens: burst, at: now }
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * this.rate)
    b.at = now
    this.buckets.delete(key)
    this.buckets.set(key, b)
    // Bounded: the least recently seen keys go first.
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string)
    if (b.tokens >= 1) {
      b.tokens -= 1
      return 0
    }
    return Math.ceil((1 - b.tokens) / this.rate)
  }
}
