/** Hooks of `notifications`: the recipient only marks a message read; when is the server's. */
import type { CollectionBeforeChangeHook } from 'payload'

import type { Notification } from '../../../payload-types'

export const stampRead: CollectionBeforeChangeHook<Notification> = ({ data, originalDoc }) => {
  if (data.read && !originalDoc?.read) data.readAt = new Date().toISOString()
  if (data.read === false) data.readAt = null
  return data
}
