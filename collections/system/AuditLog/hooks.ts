/** Hooks of `audit-log`: nobody changes an entry. */
import type { CollectionBeforeChangeHook } from 'payload'

import { forbidden } from '../../../shared/errors'

export const refuseAuditChange: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') throw forbidden(req, 'AUDIT_APPEND_ONLY')
  return data
}
