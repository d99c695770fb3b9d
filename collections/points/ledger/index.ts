/**
 * The points ledger: the one module that posts entries and moves balances. Every posting — an admin's adjustment, the
 * bridge's batch of drops, a pickup, the seed, expiry, a redemption, a penalty, a card's replacement — is numbered and
 * checked by the ledger rule (`domain/points/ledger.ts#LedgerCursor`), its entry appended inside the caller's
 * transaction, and its card's balance and ledger number moved by `moveBalances`, the one function that moves a
 * balance. Behind it, one form per adapter: `sql.ts` (multi-row statements through drizzle, SQLite and PostgreSQL,
 * both verified) and `generic.ts` (Payload's adapter methods, for MongoDB); the tests run both forms.
 *
 * Invariants (tested): a card's balance equals the sum of its entries and its ledger number their count; an
 * idempotency key posts once; no reason but a penalty, an adjustment or a transfer takes a balance below zero.
 */
import type { PayloadRequest } from 'payload'

import { writerFor, type WriterKind } from '../../../db/bulk'
import { LedgerCursor } from '../../../domain/points/ledger'
import type { LedgerReason } from '../../../domain/points/points'
import { entryTitle } from '../../../domain/points/titles'
import { readRows } from '../../../db/records'
import { badRequest, conflict, notFound } from '../../../shared/errors'
import { refId } from '../../../shared/refs'
import { currentUser } from '../../../shared/roles'
import { genericLedger } from './generic'
import { sqlLedger } from './sql'

export type Posting = {
  card: number | string
  delta: number
  reason: LedgerReason
  /** What caused it, as "collection:id" (drop-offs:12, redemptions:3, …). */
  cause: string
  idempotencyKey: string
  rulesRevision?: number
  note?: string
  /** When the act happened (a redemption, a check); now when not given. */
  at?: string
  /** The person whose act it is; by default the signed-in user of the request (none for the scheduler, a device). */
  actor?: number | string | null
}

export type PostedEntry = { id: number | string; balanceAfter: number; delta: number }

/** An entry as stored: numbered and with the balance after it, decided by the ledger rule. */
export type EntryRow = {
  card: number | string
  delta: number
  reason: LedgerReason
  seq: number
  at: string
  title: string
  cause: string
  idempotencyKey: string
  balanceAfter: number
  rulesRevision?: number | null
  note?: string | null
  actor?: number | string | null
}

/** A card's balance and ledger number moved by the sum of its new entries. */
export type BalanceMove = { card: number | string; delta: number; entries: number }

export type LedgerForm = {
  insertEntries(req: PayloadRequest, rows: EntryRow[], now: string): Promise<Array<number | string>>
  moveBalances(req: PayloadRequest, moves: BalanceMove[], now: string): Promise<void>
}

const FORMS: Record<WriterKind, LedgerForm> = { sql: sqlLedger, generic: genericLedger }

/** The one place a card's balance moves: each card by the sum of its new entries, inside the caller's transaction. */
export function moveBalances(req: PayloadRequest, moves: BalanceMove[], kind: WriterKind = writerFor(req)) {
  const now = new Date().toISOString()
  const moving = moves.filter((m) => m.delta !== 0 || m.entries !== 0)
  return moving.length ? FORMS[kind].moveBalances(req, moving, now) : Promise.resolve()
}

/** The balance moves of a list of entries, one per card. */
export function movesOf(rows: Array<Pick<EntryRow, 'card' | 'delta'>>): BalanceMove[] {
  const by = new Map<string, BalanceMove>()
  for (const r of rows) {
    const m = by.get(String(r.card)) ?? { card: r.card, delta: 0, entries: 0 }
    m.delta += r.delta
    m.entries++
    by.set(String(r.card), m)
  }
  return [...by.values()]
}

/** Appends entries already numbered by the rule and moves their cards' balances; returns the entries' ids. */
export async function appendEntries(
  req: PayloadRequest,
  rows: EntryRow[],
  kind: WriterKind = writerFor(req),
): Promise<Array<number | string>> {
  if (!rows.length) return []
  const now = new Date().toISOString()
  const ids = await FORMS[kind].insertEntries(req, rows, now)
  await moveBalances(req, movesOf(rows), kind)
  return ids
}

/**
 * Decides postings against the cards as they stand inside `req`'s transaction: each is numbered and checked by the
 * ledger rule, in order; a key already posted, an unknown card or a refused balance refuses them all (coded).
 */
export async function planPostings(req: PayloadRequest, postings: Posting[]): Promise<EntryRow[]> {
  for (const p of postings)
    if (typeof p.delta !== 'number' || !Number.isInteger(p.delta) || p.delta === 0)
      throw badRequest(req, 'INVALID_DELTA')
  if (postings.some((p) => refId(p.card) === null)) throw badRequest(req, 'CARD_REQUIRED')
  const cardIds = [...new Set(postings.map((p) => refId(p.card)!))]
  const [cards, taken] = await Promise.all([
    readRows(req.payload, 'cards', { id: { in: cardIds } }, { req }),
    readRows(req.payload, 'point-entries', { idempotencyKey: { in: postings.map((p) => p.idempotencyKey) } }, { req }),
  ])
  const byId = new Map(cards.map((c) => [String(c.id), c]))
  if (postings.some((p) => !byId.has(String(refId(p.card))))) throw notFound(req, 'UNKNOWN_CARD')
  if (taken.length || new Set(postings.map((p) => p.idempotencyKey)).size < postings.length)
    throw conflict(req, 'DUPLICATE_ENTRY')
  const cursor = new LedgerCursor((id) => {
    const card = byId.get(String(id))!
    return { balance: (card.balance as number | null) ?? 0, seq: (card.ledgerSeq as number | null) ?? 0 }
  })
  const now = new Date().toISOString()
  return postings.map((p) => {
    const card = byId.get(String(refId(p.card)))!
    const next = cursor.post(card.id as number | string, p.delta, p.reason)
    if (!next.ok) throw conflict(req, next.code, next.params)
    return {
      card: card.id as number | string,
      delta: p.delta,
      reason: p.reason,
      seq: next.seq,
      at: p.at || now,
      title: entryTitle({ cardNumber: card.cardNumber as string, delta: p.delta, reason: p.reason }),
      cause: p.cause,
      idempotencyKey: p.idempotencyKey,
      balanceAfter: next.balanceAfter,
      rulesRevision: p.rulesRevision ?? null,
      note: p.note ?? null,
      actor: p.actor ?? currentUser(req)?.id ?? null,
    }
  })
}

/** Posts entries inside the caller's transaction (all or none) as platform writes. */
export async function postEntries(req: PayloadRequest, postings: Posting[]): Promise<PostedEntry[]> {
  const rows = await planPostings(req, postings)
  const ids = await appendEntries(req, rows)
  return rows.map((r, i) => ({ id: ids[i]!, balanceAfter: r.balanceAfter, delta: r.delta }))
}

export async function postEntry(req: PayloadRequest, posting: Posting): Promise<PostedEntry> {
  return (await postEntries(req, [posting]))[0]!
}
