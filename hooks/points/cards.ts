/** Hooks of `cards`. */
import type { CollectionBeforeChangeHook } from 'payload'

import { maskPhone } from '../../domain/places/sites'
import type { Card } from '../../payload-types'

/** Keeps the masked copy of the phone that non-admins read (138****1234). */
export const keepMaskedPhone: CollectionBeforeChangeHook<Card> = ({ data, originalDoc }) => {
  const phone = data.phone === undefined ? originalDoc?.phone : data.phone
  data.phoneMasked = maskPhone(phone) ?? null
  return data
}
