import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { roleOptions } from '../../../shared/roles'
import { momentField } from '../../../shared/fields/dates'
import { jsonView } from '../../../shared/fields/json'
import { select } from '../../../shared/fields/options'
import { actorField } from '../../../shared/fields/relations'
import { refuseAuditChange } from './hooks'
import { refuseDelete } from '../../../hooks/appendOnly'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 操作日志: one append-only row per create, update or delete a person makes through the admin, REST or
 * GraphQL — who, in which role, when, which record, and the changed fields (before → after; phones and
 * secrets masked). Written in the same transaction as the act. Nobody edits or deletes a row.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: t('操作日志', 'Audit entry'), plural: t('操作日志', 'Audit log') },
  admin: {
    group: groups.system,
    useAsTitle: 'summary',
    defaultColumns: ['at', 'user', 'role', 'operation', 'collectionSlug', 'recordId', 'summary'],
    listSearchableFields: ['summary', 'recordId', 'collectionSlug'],
  },
  defaultSort: '-at',
  custom: { audit: false },
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseAuditChange], beforeDelete: [refuseDelete] },
  fields: [
    momentField('at', t('时间', 'When'), { required: true, index: true, readOnly: true }),
    actorField('user', t('操作人', 'Who'), { index: true }),
    select('role', t('角色', 'Role'), roleOptions, { readOnly: true }),
    select(
      'operation',
      t('操作', 'Operation'),
      { create: t('新建', 'Create'), update: t('修改', 'Update'), delete: t('删除', 'Delete') },
      { required: true, readOnly: true },
    ),
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      index: true,
      label: t('数据表', 'Collection'),
      admin: { readOnly: true },
    },
    {
      name: 'recordId',
      type: 'text',
      required: true,
      index: true,
      label: t('记录编号', 'Record'),
      admin: { readOnly: true },
    },
    { name: 'summary', type: 'text', label: t('摘要', 'Summary'), admin: { readOnly: true } },
    jsonView('changes', t('变更（前 → 后）', 'Changes (before → after)')),
    { name: 'via', type: 'text', label: t('途径', 'Via'), admin: { readOnly: true } },
  ],
}
