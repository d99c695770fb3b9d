import { byRole } from './byRole'

/** District admins and operators: the people who run cards, points, bins and collection. */
export const staff = byRole('admin', 'operator')
