import type { Access } from 'payload'

import { currentUser, hasRole } from './roles'

/** District admins and operators: the people who run cards, points, bins and collection. */
export const staff: Access = ({ req }) => hasRole(currentUser(req), 'admin', 'operator')
