/** A record's title as people read it ("CXN002399 · 纸类 1.5 kg · …"): computed by the server, searchable. */
import type { TextField } from 'payload'

import { t } from '../i18n/labels'

export const titleField = (): TextField => ({
  name: 'title',
  type: 'text',
  index: true,
  label: t('名称', 'Title'),
  admin: { readOnly: true, hidden: true },
})
