import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { staff } from '../../access/staff'
import { currentUser } from '../../access/roles'
import { ALARM_KINDS, FAULT_KINDS } from '../../device-bridge/schemas'
import { groups, t, type Label } from '../../i18n/labels'

const alarmLabels: Record<(typeof ALARM_KINDS)[number], Label> = {
  smoke: t('烟雾 / 火警', 'Smoke / fire'),
  gas: t('可燃气体', 'Gas'),
  tilt: t('倾倒', 'Tilt'),
  water: t('进水', 'Water'),
  panic: t('紧急求助', 'Panic'),
}
const faultLabels: Record<(typeof FAULT_KINDS)[number], Label> = {
  reader: t('读卡器故障', 'Reader fault'),
  door: t('投口故障', 'Door fault'),
  motor: t('电机故障', 'Motor fault'),
  scale: t('称重故障', 'Scale fault'),
}

/** An alert's kind: an alarm kind as the device sends it, or `fault-<kind>` (see device-bridge/process.ts). */
export const alertKind = (type: 'alarm' | 'fault', kind: string) => (type === 'alarm' ? kind : `fault-${kind}`)

export const ALERT_KINDS = [
  ...ALARM_KINDS.map((kind) => ({ value: alertKind('alarm', kind), label: alarmLabels[kind] })),
  ...FAULT_KINDS.map((kind) => ({ value: alertKind('fault', kind), label: faultLabels[kind] })),
]

/** 设备告警: alarms and faults from bins, acknowledged and closed by staff. */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: t('设备告警', 'Alert'), plural: t('设备告警', 'Alerts') },
  admin: { group: groups.devices, defaultColumns: ['openedAt', 'bin', 'kind', 'severity', 'status', 'count'] },
  defaultSort: '-openedAt',
  access: { read: staff, create: nobody, update: staff, delete: admins },
  hooks: {
    beforeChange: [
      ({ data, originalDoc, req }) => {
        const user = currentUser(req)?.id ?? null
        if (data.status === 'acknowledged' && originalDoc?.status === 'open') Object.assign(data, { acknowledgedAt: new Date().toISOString(), acknowledgedBy: user })
        if (data.status === 'closed' && originalDoc?.status !== 'closed') Object.assign(data, { closedAt: new Date().toISOString(), closedBy: user })
        return data
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'bin', type: 'relationship', relationTo: 'bins', required: true, index: true, label: t('设备', 'Bin') },
        { name: 'kind', type: 'select', required: true, options: ALERT_KINDS, label: t('类型', 'Kind') },
        {
          name: 'severity',
          type: 'select',
          required: true,
          label: t('级别', 'Severity'),
          options: [
            { value: 'critical', label: t('紧急', 'Critical') },
            { value: 'major', label: t('重要', 'Major') },
            { value: 'minor', label: t('一般', 'Minor') },
          ],
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'open',
          index: true,
          label: t('状态', 'Status'),
          options: [
            { value: 'open', label: t('未处理', 'Open') },
            { value: 'acknowledged', label: t('已确认', 'Acknowledged') },
            { value: 'closed', label: t('已关闭', 'Closed') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'openedAt', type: 'date', required: true, label: t('发生时间', 'Opened'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'lastAt', type: 'date', label: t('最近一次', 'Last'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'count', type: 'number', defaultValue: 1, label: t('次数', 'Count'), admin: { readOnly: true } },
      ],
    },
    { name: 'detail', type: 'textarea', label: t('详情', 'Detail'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'acknowledgedAt', type: 'date', label: t('确认时间', 'Acknowledged'), admin: { readOnly: true } },
        { name: 'acknowledgedBy', type: 'relationship', relationTo: 'users', label: t('确认人', 'By'), admin: { readOnly: true } },
        { name: 'closedAt', type: 'date', label: t('关闭时间', 'Closed'), admin: { readOnly: true } },
        { name: 'closedBy', type: 'relationship', relationTo: 'users', label: t('关闭人', 'By'), admin: { readOnly: true } },
      ],
    },
  ],
}
