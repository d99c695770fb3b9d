/**
 * Failed sign-ins, counted where they come from (pure; the clock is passed in). An account is locked
 * only for the address that failed on it — nobody elsewhere can lock the district's admin out by
 * guessing five passwords — and an address that fails too often is refused altogether for a while.
 */
export type AttemptLimits = {
  /** Failures of one account from one address before that pair is locked. */
  perAccount: number
  /** Failures from one address (any accounts) before the address is refused. */
  perAddress: number
  windowMs: number
  lockMs: number
}

export const LOGIN_LIMITS: AttemptLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }

type Counter = { failures: number[]; lockedUntil: number }

export class AttemptGuard {
  private readonly pairs = new Map<string, Counter>()
  private readonly addresses = new Map<string, Counter>()

  constructor(
    private readonly limits: AttemptLimits = LOGIN_LIMITS,
    private readonly maxEntries = 50_000,
  ) {}

  /** Seconds an address must wait before trying again (0: it may try). */
  addressWait(address: string, now: number): number {
    const c = this.addresses.get(address)
    return c && c.lockedUntil > now ? Math.ceil((c.lockedUntil - now) / 1000) : 0
  }

  /** Whether this account is locked for this address. */
  accountLocked(account: string, address: string, now: number): boolean {
    const c = this.pairs.get(pairKey(account, address))
    return Boolean(c && c.lockedUntil > now)
  }

  fail(account: string, address: string, now: number): void {
    this.count(this.pairs, pairKey(account, address), this.limits.perAccount, now)
    this.count(this.addresses, address, this.limits.perAddress, now)
  }

  /** The attempt was right after all: forget it (every attempt is counted as a failure until it succeeds). */
  succeed(account: string, address: string): void {
    this.pairs.delete(pairKey(account, address))
    this.addresses.get(address)?.failures.pop()
  }

  /** An admin unlocked the account: every address may try again. */
  clearAccount(account: string): void {
    const prefix = `${account.toLowerCase()}\u0000`
    for (const key of this.pairs.keys()) if (key.startsWith(prefix)) this.pairs.delete(key)
  }

  private count(map: Map<string, Counter>, key: string, limit: number, now: number): void {
    const c = map.get(key) ?? { failures: [], lockedUntil: 0 }
    c.failures = c.failures.filter((t) => now - t < this.limits.windowMs)
    c.failures.push(now)
    if (c.failures.length >= limit) {
      c.lockedUntil = now + this.limits.lockMs
      c.failures = []
    }
    map.delete(key)
    map.set(key, c)
    // Bounded: the oldest counters go first when a flood of made-up names or addresses arrives.
    while (map.size > this.maxEntries) map.delete(map.keys().next().value as string)
  }
}

const pairKey = (account: string, address: string) => `${account.toLowerCase()}\u0000${address}`
