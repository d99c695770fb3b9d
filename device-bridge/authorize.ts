/** A card is swiped at a bin: which compartments may open, or why not. */
import type { Payload } from 'payload'

import type { Device } from './devices'
import type { AuthorizeResponseT } from './schemas'

export async function authorizeSwipe(
  payload: Payload,
  device: Device,
  cardNumber: string,
): Promise<AuthorizeResponseT> {
  const deny = (reason: NonNullable<AuthorizeResponseT['reason']>, balance?: number): AuthorizeResponseT => ({
    allowed: false,
    compartments: [],
    reason,
    balance,
  })
  if (device.status === 'disabled') return deny('BIN_DISABLED')
  const card = (
    await payload.find({
      collection: 'cards',
      where: { cardNumber: { equals: cardNumber } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { status: true, balance: true, holderKind: true },
    })
  ).docs[0]
  if (!card) return deny('UNKNOWN_CARD')
  if (card.status === 'lost') return deny('CARD_LOST')
  if (card.status === 'cancelled') return deny('CARD_CANCELLED')
  const balance = card.balance ?? 0
  const audience = card.holderKind === 'office' ? 'offices' : 'residents'
  if (device.audience !== 'both' && device.audience !== audience) return deny('WRONG_AUDIENCE', balance)
  const open = device.compartments.filter((c) => c.fillPercent < 100).map((c) => c.number)
  if (device.compartments.length > 0 && open.length === 0) return deny('BIN_FULL', balance)
  return { allowed: true, compartments: open, balance }
}
