/**
 * State that must be one per process. Next's route handlers (the admin, REST, GraphQL) run their own bundled copy of
 * the platform's modules beside the express server's copy (the bridge, the scheduler): a module-level variable would
 * be two variables. What both copies must share lives here, on `globalThis` under a registered symbol — and only this:
 *
 * - `sqlite.writeGates` — the SQLite write gate per database file (db/serialTransactions.ts): write transactions of
 *   both copies take turns through one queue, or they fail with SQLITE_BUSY;
 * - `devices.cache`, `devices.inFlight` — the bridge's cached devices and the lookups under way
 *   (collections/devices/Bins/directory.ts): a secret rotated in the admin (Next) must stop working at the bridge
 *   (express) at once;
 * - `points.rulesHistory` — the point rules' revisions (collections/points/PointRules/current.ts): a save in the
 *   admin must reach the bridge's next drop;
 * - `users.signInGuard`, `users.resetGuard` — failed sign-ins and reset mails per address and account
 *   (collections/system/Users): a limit split in two would let twice the guesses through;
 * - `platform.mode` — the mode server.ts pinned (config/env.ts): Next's production server sets NODE_ENV for the code
 *   it loads, and its copy of the configuration must read the platform's mode, not Next's.
 */
export type ProcessWideName =
  | 'sqlite.writeGates'
  | 'devices.cache'
  | 'devices.inFlight'
  | 'points.rulesHistory'
  | 'users.signInGuard'
  | 'users.resetGuard'
  | 'platform.mode'

type Slots = { [key: symbol]: unknown }
const slot = (name: ProcessWideName) => Symbol.for(`fenlei.${name}`)

/** The process's one value under `name`, made on first use. */
export function processWide<T>(name: ProcessWideName, make: () => T): T {
  const slots = globalThis as unknown as Slots
  const key = slot(name)
  if (!(key in slots)) slots[key] = make()
  return slots[key] as T
}

/** Drops the value under `name` (the next use makes it anew). */
export function forgetProcessWide(name: ProcessWideName): void {
  delete (globalThis as unknown as Slots)[slot(name)]
}
