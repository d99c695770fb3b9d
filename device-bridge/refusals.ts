/**
 * Refusals of requests that never proved who sent them (no or bad signature, unknown device, stale
 * timestamp, a flooding address): the raw log keeps the first few of each kind per address and minute
 * as rows, and one summary row with the count of the rest — not one row per request of a flood.
 */
import type { LogRow } from './process'

export type Sampled = LogRow & { clientAddress: string }

type Window = { started: number; logged: number; suppressed: number; sample: Sampled }

export class RefusalSampler {
  private windows = new Map<string, Window>()

  constructor(
    private readonly write: (rows: Sampled[]) => void,
    private readonly perWindow = 5,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  /** Records a refusal: written at once while its kind is rare, counted once it is not. */
  record(row: Sampled, now = Date.now()): void {
    const key = `${row.clientAddress}|${row.code}|${row.status}`
    let w = this.windows.get(key)
    if (w && now - w.started >= this.windowMs) {
      this.close(w)
      w = undefined
    }
    if (!w) {
      if (this.windows.size >= this.maxKeys) this.flush()
      w = { started: now, logged: 0, suppressed: 0, sample: row }
      this.windows.set(key, w)
    }
    if (w.logged < this.perWindow) {
      w.logged++
      this.write([row])
    } else {
      w.suppressed++
    }
  }

  /** Writes the summary rows of every window (called every minute, and when the map is full). */
  flush(now = Date.now()): void {
    const rows: Sampled[] = []
    for (const [key, w] of this.windows) {
      if (w.suppressed) rows.push(this.summary(w))
      if (now - w.started >= this.windowMs || this.windows.size >= this.maxKeys) this.windows.delete(key)
      else w.suppressed = 0
    }
    if (rows.length) this.write(rows)
  }

  private close(w: Window): void {
    if (w.suppressed) this.write([this.summary(w)])
  }

  private summary(w: Window): Sampled {
    return {
      ...w.sample,
      body: null,
      repeats: w.suppressed,
      response: {
        summary: `${w.suppressed} more refusals like this one from ${w.sample.clientAddress} were counted, not logged`,
      },
    }
  }
}
