/**
 * A card is swiped at a bin: which compartments may open, or why not. A bin knows only the cards of the sites it
 * serves (another site's card is answered as unknown), and a refusal carries no balance.
 */
import type { Payload } from 'payload'

import { audienceAdmits } from '../domain/shared/audience'
import { servesCard } from '../domain/points/dropPlan'
import type { Device } from '../collections/devices/Bins/directory'
import type { AuthorizeResponseT } from './schemas'

export async function authorizeSwipe(
  payload: Payload,
  device: Device,
  cardNumber: string,
): Promise<AuthorizeResponseT> {
  const deny = (reason: NonNullable<AuthorizeResponseT['reason']>): AuthorizeResponseT => ({
    allowed: false,
    compartments: [],
    reason,
  })
  if (device.status === 'disabled') return deny('BIN_DISABLED')
  // Adapter-level read of three columns: a resident is waiting at the door.
  const card = await payload.db.findOne<{
    id: number
    status: string
    balance: number | null
    holderKind: 'household' | 'office'
    site: number | null
  }>({
    collection: 'cards',
    where: { cardNumber: { equals: cardNumber } },
    select: { status: true, balance: true, holderKind: true, site: true },
    joins: false as never, // JoinQuery's type is per collection; false = no joins
  })
  if (!card || !servesCard(device.sites, card.site)) return deny('UNKNOWN_CARD')
  if (card.status === 'lost') return deny('CARD_LOST')
  if (card.status === 'cancelled') return deny('CARD_CANCELLED')
  if (!audienceAdmits(device.audience, card.holderKind)) return deny('WRONG_AUDIENCE')
  const open = device.compartments.filter((c) => c.fillPercent < 100).map((c) => c.number)
  if (device.compartments.length > 0 && open.length === 0) return deny('BIN_FULL')
  return { allowed: true, compartments: open, balance: card.balance ?? 0 }
}
