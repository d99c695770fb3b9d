/** Records that are facts (drops, ledger entries, device logs) are never deleted, by anyone. */
import type { CollectionBeforeDeleteHook } from 'payload'

import { forbidden } from '../shared/errors'

export const refuseDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw forbidden(req, 'APPEND_ONLY')
}
