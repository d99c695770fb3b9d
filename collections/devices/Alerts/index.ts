import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATUSES } from '../../../domain/devices/bins'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { alertToWorkOrder, refreshBinAttention, stampAlertStatus, titleAlert } from './hooks'
import { titleField } from '../../../shared/fields/title'
import { groups, t } from '../../../shared/i18n/labels'

/** 设备告警: alarms and faults from bins, acknowledged and closed by staff. */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: t('设备告警', 'Alert'), plural: t('设备告警', 'Alerts') },
  admin: {
    group: groups.devices,
    useAsTitle: 'title',
    defaultColumns: ['openedAt', 'bin', 'kind', 'severity', 'status', 'count'],
    listSearchableFields: ['title', 'detail'],
  },
  defaultSort: '-openedAt',
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staffOrOwnTown('bin.site'), create: nobody, update: staff, delete: admins },
  hooks: { beforeChange: [stampAlertStatus, titleAlert], afterChange: [refreshBinAttention, alertToWorkOrder] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        relation('bins', 'bin', t('设备', 'Bin'), { required: true, index: true, readOnly: true }),
        select('kind', t('类型', 'Kind'), ALERT_KINDS, { required: true, readOnly: true }),
        select('severity', t('级别', 'Severity'), ALERT_SEVERITIES, { required: true, readOnly: true }),
        select('status', t('状态', 'Status'), ALERT_STATUSES, { required: true, defaultValue: 'open', index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        momentField('openedAt', t('发生时间', 'Opened'), { required: true, readOnly: true }),
        momentField('lastAt', t('最近一次', 'Last'), { readOnly: true }),
        wholeNumber('count', t('次数', 'Count'), { defaultValue: 1, readOnly: true }),
      ],
    },
    { name: 'detail', type: 'textarea', label: t('详情', 'Detail'), admin: { readOnly: true } },
    { name: 'resolution', type: 'textarea', label: t('处理说明', 'Resolution') },
    {
      type: 'row',
      fields: [
        momentField('acknowledgedAt', t('确认时间', 'Acknowledged'), { readOnly: true }),
        actorField('acknowledgedBy', t('确认人', 'By')),
        momentField('closedAt', t('关闭时间', 'Closed'), { readOnly: true }),
        actorField('closedBy', t('关闭人', 'By')),
      ],
    },
  ],
}
