/** The idempotency key of a record the platform may be asked to write twice: unique, set by the server. */
import type { TextField } from 'payload'

import { t } from '../i18n/labels'

export const idempotencyKeyField = (): TextField => ({
  name: 'idempotencyKey',
  type: 'text',
  unique: true,
  index: true,
  label: t('幂等键', 'Idempotency key'),
  // Plumbing: shown to admins only, in the sidebar.
  admin: { readOnly: true, position: 'sidebar', condition: (_data, _sibling, { user }) => user?.role === 'admin' },
})
