/**
 * Points expiry (pure), first in first out: points earned before the cutoff expire unless they
 * were already spent. Everything ever taken from the card (redemptions, penalties, transfers
 * out, earlier expiries) is counted as spending the oldest points first.
 */
export type LedgerLine = { delta: number; createdAt: string }

export function pointsToExpire(lines: LedgerLine[], cutoff: Date, balance: number): number {
  let earnedBefore = 0
  let taken = 0
  for (const line of lines) {
    if (line.delta > 0 && new Date(line.createdAt).getTime() < cutoff.getTime()) earnedBefore += line.delta
    if (line.delta < 0) taken -= line.delta
  }
  return Math.max(0, Math.min(balance, earnedBefore - taken))
}
