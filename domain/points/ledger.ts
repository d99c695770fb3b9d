/**
 * The ledger rule (pure): a card's next entry gets the card's next number and the balance after it, or is refused
 * when it would take the balance below zero for a reason that may not. Every posting — a drop, a redemption, a
 * penalty, an adjustment, expiry, a card's replacement — is numbered and checked by `LedgerCursor`, the one place
 * the rule is applied; `collections/points/ledger` writes what it decides.
 */
import type { MessageParams } from '../../shared/i18n/messages'
import { nextBalance, type LedgerReason } from './points'

/** Where a card stands in the ledger: its balance and the number of its last entry. */
export type LedgerPosition = { balance: number; seq: number }

export type NextEntry =
  { ok: true; seq: number; balanceAfter: number } | { ok: false; code: 'INSUFFICIENT_BALANCE'; params: MessageParams }

/** The positions of the cards a batch touches, moving as its entries are decided in order. */
export class LedgerCursor {
  private readonly positions = new Map<string, LedgerPosition>()

  /** @param start each card's position before the batch (read inside the batch's transaction). */
  constructor(private readonly start: (card: number | string) => LedgerPosition) {}

  position(card: number | string): LedgerPosition {
    return this.positions.get(String(card)) ?? this.start(card)
  }

  /** Decides the card's next entry and moves the card there; a refused entry moves nothing. */
  post(card: number | string, delta: number, reason: LedgerReason): NextEntry {
    const at = this.position(card)
    const next = nextBalance(at.balance, delta, reason)
    if (!next.ok) return next
    const seq = at.seq + 1
    this.positions.set(String(card), { balance: next.balance, seq })
    return { ok: true, seq, balanceAfter: next.balance }
  }
}
