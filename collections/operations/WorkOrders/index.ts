import { holdsFiles } from '../../../shared/heldFiles'
import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { WORK_ORDER_KINDS, WORK_ORDER_SOURCES, WORK_ORDER_STATUSES } from '../../../domain/operations/workOrders'
import { momentField } from '../../../shared/fields/dates'
import { workPhotos } from '../fields'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { afterWorkOrder, openWorkOrder, stepWorkOrder } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 工单: work for the inspectors, opened by an alert (full, fault, smoke, offline…), by an inspection that found a
 * problem, or by hand. Given to the inspector on duty; three levels, each with its time by kind (运营设置), an
 * order whose level runs out escalating to the next while the overall deadline keeps running; reminded until
 * acknowledged; before and after photos; closed only with a result, which closes its alerts.
 */
export const WorkOrders: CollectionConfig = {
  slug: 'work-orders',
  labels: { singular: t('工单', 'Work order'), plural: t('工单', 'Work orders') },
  admin: {
    group: groups.operations,
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'level', 'assignee', 'deadline', 'overdue', 'alertCount'],
    listSearchableFields: ['title', 'reference', 'description'],
  },
  defaultSort: '-openedAt',
  disableDuplicate: true,
  // Closed, its photos are part of the record (shared/heldFiles.ts).
  custom: holdsFiles({ status: { equals: 'closed' } }),
  access: { read: staffOrOwnTown('site'), create: staff, update: staff, delete: admins },
  hooks: { beforeChange: [openWorkOrder, stepWorkOrder], afterChange: [afterWorkOrder] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          unique: true,
          index: true,
          label: t('工单号', 'Reference'),
          admin: { readOnly: true },
        },
        select('source', t('来源', 'Source'), WORK_ORDER_SOURCES, { readOnly: true }),
        select('kind', t('类型', 'Kind'), WORK_ORDER_KINDS, { required: true, defaultValue: 'other', index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        relation('bins', 'bin', t('设备', 'Bin'), { index: true }),
        relation('sites', 'site', t('场所', 'Site'), {
          index: true,
          description: t('有设备时取设备所在场所', 'The bin’s site when a bin is given'),
        }),
      ],
    },
    { name: 'description', type: 'textarea', label: t('问题描述', 'Description') },
    {
      type: 'row',
      fields: [
        select('status', t('状态', 'Status'), WORK_ORDER_STATUSES, {
          required: true,
          defaultValue: 'open',
          index: true,
        }),
        relation('users', 'assignee', t('责任人', 'Assignee'), {
          index: true,
          filterOptions: { role: { equals: 'operator' } },
          description: t('不填则派给当班巡检员', 'Empty: the inspector on duty'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        wholeNumber('level', t('级别（1–3）', 'Level (1–3)'), {
          readOnly: true,
          defaultValue: 1,
          description: t('1 责任人 · 2 运营单位 · 3 区城管局', '1 assignee · 2 operator · 3 district'),
        }),
        momentField('levelDeadline', t('本级时限', 'Level deadline'), { readOnly: true }),
        momentField('deadline', t('总时限', 'Overall deadline'), { readOnly: true, index: true }),
        {
          name: 'overdue',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: t('已超总时限', 'Overdue'),
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        workPhotos('beforePhotos', t('处理前照片', 'Before')),
        workPhotos('afterPhotos', t('处理后照片', 'After')),
      ],
    },
    {
      name: 'result',
      type: 'textarea',
      label: t('处理结果', 'Result'),
      admin: { description: t('办结时必填', 'Required to close') },
    },
    {
      name: 'log',
      type: 'array',
      label: t('处理记录', 'Log'),
      labels: { singular: t('记录', 'Entry'), plural: t('记录', 'Entries') },
      admin: { readOnly: true, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            momentField('at', t('时间', 'When'), { readOnly: true }),
            { name: 'text', type: 'text', label: t('内容', 'What'), admin: { readOnly: true } },
          ],
        },
      ],
    },
    relation('alerts', 'alerts', t('关联告警', 'Alerts'), { readOnly: true, sidebar: true, hasMany: true }),
    wholeNumber('alertCount', t('告警次数', 'Alert count'), { readOnly: true, defaultValue: 0 }),
    momentField('openedAt', t('派单时间', 'Opened'), { readOnly: true, sidebar: true }),
    actorField('openedBy', t('派单人', 'Opened by'), { sidebar: true }),
    momentField('acknowledgedAt', t('接单时间', 'Acknowledged'), { readOnly: true, sidebar: true }),
    actorField('acknowledgedBy', t('接单人', 'By'), { sidebar: true }),
    momentField('closedAt', t('办结时间', 'Closed'), { readOnly: true, sidebar: true }),
    actorField('closedBy', t('办结人', 'By'), { sidebar: true }),
    momentField('remindedAt', t('最近提醒', 'Last reminded'), { readOnly: true, sidebar: true }),
    wholeNumber('reminders', t('提醒次数', 'Reminders'), { readOnly: true, defaultValue: 0 }),
  ],
}
