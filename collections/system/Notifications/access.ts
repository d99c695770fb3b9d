import type { Access } from 'payload'

import { currentUser } from '../../../shared/roles'

/** A person reads their own notifications, admins included (an inbox is personal). */
export const ownInbox: Access = ({ req }) => {
  const user = currentUser(req)
  return user ? { recipient: { equals: user.id } } : false
}
