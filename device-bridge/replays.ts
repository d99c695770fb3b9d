/**
 * Signatures seen, with the answer each got, for as long as a timestamp stays fresh (twice the ±window): a
 * request whose exact signature comes again — a device retrying after a lost answer, or a captured request
 * replayed a thousand times — gets the first answer again, without being processed or logged a second time.
 * Bounded: past `max` entries the oldest go (a replay of one of those is processed again, and stays harmless:
 * events are idempotent by id). Per process: behind two bridge processes a replay may be answered once by each.
 */
export type Remembered = { status: number; body: unknown; at: number }

export class ReplayMemory {
  private seen = new Map<string, Remembered>()

  constructor(
    private readonly ttlMs: number,
    private readonly max = 50_000,
  ) {}

  get(key: string, now = Date.now()): Remembered | undefined {
    const hit = this.seen.get(key)
    if (hit && now - hit.at > this.ttlMs) {
      this.seen.delete(key)
      return undefined
    }
    return hit
  }

  remember(key: string, status: number, body: unknown, now = Date.now()): void {
    this.seen.set(key, { status, body, at: now })
    while (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value as string)
  }

  get size(): number {
    return this.seen.size
  }
}
