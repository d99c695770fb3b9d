import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { adminsOrPublishedMaterials } from '../../../shared/access/published'
import { env } from '../../../config/env'
import { MATERIAL_KINDS } from '../../../domain/publicity/kinds'
import { select } from '../../../shared/fields/options'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 宣传资料: the handbook, the letter to citizens, posters and slogans, and work plans' attachments — files
 * with a description, readable by the public once published (never before).
 */
export const Materials: CollectionConfig = {
  slug: 'materials',
  labels: { singular: t('宣传资料', 'Material'), plural: t('宣传资料', 'Materials') },
  admin: {
    group: groups.publicity,
    // The district's work: others read what is published on the public site, not in their menu.
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'filename', 'updatedAt'],
  },
  access: { read: adminsOrPublishedMaterials, create: admins, update: admins, delete: admins },
  upload: {
    staticDir: path.resolve(env.DATA_DIR, 'materials'),
    mimeTypes: [
      'application/pdf',
      'image/*',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/plain',
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: t('名称', 'Title') },
    select('kind', t('类型', 'Kind'), MATERIAL_KINDS, { required: true }),
    { name: 'description', type: 'textarea', label: t('说明', 'Description') },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      label: t('公开', 'Public'),
      admin: {
        position: 'sidebar',
        description: t(
          '公开后任何人可下载；工作方案的附件随方案进入征求意见或印发时自动公开',
          'Anyone may download it once public; a work plan’s attachments become public with the plan',
        ),
      },
    },
  ],
}
