/**
 * Shapes the tests read from REST answers, beside the generated record types (payload-types.ts). Payload types a
 * field the API may leave out as `?: T | null` and a relationship as `number | Record`; an answer at a given depth
 * is more definite than that, and a test names what it expects: `rest.call<{ doc: Populated<DropOff, 'site'> }>`.
 */

/** `T` with some fields as this answer has them: `With<SpotCheck, { seed: string; villages: Village[] }>`. */
export type With<T, F> = Omit<T, keyof F> & F

/** `T` with the fields `K` present (not absent, not null). */
export type Present<T, K extends keyof T> = With<T, { [P in K]-?: NonNullable<T[P]> }>

/** `T` with the relationships `K` populated: the record, not its id (an answer at depth 1 or more). */
export type Populated<T, K extends keyof T> = With<T, { [P in K]-?: Exclude<NonNullable<T[P]>, number> }>

/**
 * One drop's outcome from POST /drop-offs/record, in the order sent: accepted or duplicate (with the drop, its
 * points and the balance), or rejected (with a code, and a message in the reader's language). As with ApiBody's
 * keys, each is declared present: a test reads only those of the outcome it expects.
 */
export type DropAnswer = {
  status: 'accepted' | 'duplicate' | 'rejected'
  dropId: number
  points: number
  balance: number
  code: string
  message: string
}
