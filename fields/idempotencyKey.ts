/** The idempotency key of a record the platform may be asked to write twice: unique, set by the server. */
import type { TextField } from 'payload'

import { t } from '../i18n/labels'

export const idempotencyKeyField = (): TextField => ({
  name: 'idempotencyKey',
  type: 'text',
  unique: true,
  index: true,
  label: t('幂等键', 'Idempotency key'),
  admin: { readOnly: true, position: 'sidebar' },
})
