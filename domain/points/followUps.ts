/** Which cards need a follow-up call or visit (pure). */
export type CardSummary = {
  id: number | string
  cardNumber: string
  holderName?: string | null
  officeName?: string | null
  balance: number
}
export type Candidate = CardSummary & { earned: number; why: 'negative-balance' | 'few-points' }

/**
 * Cards that earned at most `threshold` points in the period, or whose balance is negative. A blank card
 * (issued in a batch, nobody holds it yet) has nobody to call.
 */
export function followUpCandidates(
  cards: CardSummary[],
  earnedByCard: Map<string, number>,
  threshold: number,
): Candidate[] {
  const out: Candidate[] = []
  for (const card of cards) {
    if (!card.holderName && !card.officeName && card.balance >= 0) continue
    const earned = earnedByCard.get(String(card.id)) ?? 0
    if (card.balance < 0) out.push({ ...card, earned, why: 'negative-balance' })
    else if (earned <= threshold) out.push({ ...card, earned, why: 'few-points' })
  }
  return out.sort((a, b) => a.balance - b.balance || a.earned - b.earned)
}
