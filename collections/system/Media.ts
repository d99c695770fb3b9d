import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { byRole } from '../../access/byRole'
import { env } from '../../config/env'
import { groups, t } from '../../i18n/labels'

/** 图片: photos of inspections and rewards. Stored in DATA_DIR/media. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: t('图片', 'Image'), plural: t('图片', 'Images') },
  admin: { group: groups.system, useAsTitle: 'alt' },
  access: { read: anyone, create: authenticated, update: authenticated, delete: byRole('admin') },
  upload: { staticDir: path.resolve(env.DATA_DIR, 'media'), mimeTypes: ['image/*'] },
  fields: [{ name: 'alt', type: 'text', label: t('说明', 'Caption') }],
}
