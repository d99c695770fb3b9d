import type { Access } from 'payload'

import { currentUser } from '../roles'

/** Any signed-in user. */
export const authenticated: Access = ({ req }) => Boolean(currentUser(req))
