/** A token bucket per device: `rate` requests per second, bursts up to `2 × rate`. */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>()

  constructor(private readonly rate: number) {}

  /** Takes a token; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const burst = this.rate * 2
    const b = this.buckets.get(key) ?? { tokens: burst, at: now }
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * this.rate)
    b.at = now
    this.buckets.set(key, b)
    if (b.tokens >= 1) {
      b.tokens -= 1
      return 0
    }
    return Math.ceil((1 - b.tokens) / this.rate)
  }
}
