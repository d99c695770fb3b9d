import type { CollectionConfig } from 'payload'

import { adminsOrOwnBaseRecords, articleReaders, ownBaseVersions } from '../../../shared/access/published'
import { byRole } from '../../../shared/access/byRole'
import { publicImages } from '../fields'
import { ownBase } from '../ownBase'
import { groups, t } from '../../../shared/i18n/labels'
import { baseField } from '../fields'

/** 基地文章: what an education base publishes. Its editors write, publish and see only their base's. */
export const BaseArticles: CollectionConfig = {
  slug: 'base-articles',
  labels: { singular: t('基地文章', 'Base article'), plural: t('基地文章', 'Base articles') },
  admin: { group: groups.publicity, useAsTitle: 'title', defaultColumns: ['title', 'base', '_status', 'updatedAt'] },
  access: {
    read: articleReaders,
    readVersions: ownBaseVersions,
    create: byRole('admin', 'base-editor'),
    update: adminsOrOwnBaseRecords,
    delete: adminsOrOwnBaseRecords,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeValidate: [ownBase] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: t('标题', 'Title') },
    { ...baseField(), required: true },
    { name: 'summary', type: 'textarea', maxLength: 300, label: t('摘要', 'Summary') },
    { name: 'body', type: 'richText', label: t('正文', 'Text') },
    publicImages('photos', t('图片', 'Photos')),
  ],
}
