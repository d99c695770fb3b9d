import type { Access } from 'payload'

import { currentUser, hasRole } from '../roles'

/** District administrators only. */
export const admins: Access = ({ req }) => hasRole(currentUser(req), 'admin')
