/** Records that are facts (drops, ledger entries, device logs) are never deleted, by anyone. */
import type { CollectionBeforeDeleteHook } from 'payload'

import { forbidden } from './errors'

export const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw forbidden('APPEND_ONLY', '此记录只能追加，不能删除。This record cannot be deleted.')
}
