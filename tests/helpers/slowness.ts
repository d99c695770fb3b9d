/**
 * How slow this machine is now, as one factor for every timeout of the run: measured once at the start by
 * tests/helpers/sequencer.js (a fixed piece of CPU work against what it takes on the reference machine, idle), or
 * set by hand in FENLEI_TEST_SLOWNESS. On an idle machine like the reference it is 1; with both cores busy beside
 * the run, about 2; on a machine four times slower, about 4 — and every test's, hook's and wait's timeout is
 * multiplied by it (tests/helpers/timeouts.ts), so a slow machine makes the suite slower, not red.
 */
export const slowness = (() => {
  const f = Number(process.env.FENLEI_TEST_SLOWNESS)
  return Number.isFinite(f) && f >= 1 ? f : 1
})()

/** A timeout or deadline in milliseconds, scaled to this machine (never shorter than written). */
export const scaled = (ms: number): number => Math.round(ms * slowness)
