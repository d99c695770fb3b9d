import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { ownInbox } from './access'
import { momentField } from '../../../shared/fields/dates'
import { relation } from '../../../shared/fields/relations'
import { stampRead } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 站内消息: each person's inbox. The platform writes; the recipient marks a message read, nothing else. */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: t('站内消息', 'Notification'), plural: t('站内消息', 'Notifications') },
  admin: {
    group: groups.system,
    useAsTitle: 'title',
    defaultColumns: ['title', 'read', 'createdAt'],
    listSearchableFields: ['title', 'body'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: ownInbox, create: nobody, update: ownInbox, delete: nobody },
  hooks: { beforeChange: [stampRead] },
  fields: [
    relation('users', 'recipient', t('收件人', 'To'), { required: true, index: true, readOnly: true }),
    { name: 'title', type: 'text', required: true, label: t('标题', 'Title'), admin: { readOnly: true } },
    { name: 'body', type: 'textarea', label: t('内容', 'Message'), admin: { readOnly: true } },
    { name: 'link', type: 'text', label: t('链接', 'Link'), admin: { readOnly: true } },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: t('已读', 'Read') },
    momentField('readAt', t('阅读时间', 'Read at'), { readOnly: true }),
  ],
}
