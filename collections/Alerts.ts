import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { nobody } from '../access/nobody'
import { staff } from '../access/staff'
import { currentUser } from '../access/roles'
import { groups, t } from '../i18n/labels'

export const ALERT_KINDS = [
  { value: 'smoke', label: t('烟雾 / 火警', 'Smoke / fire') },
  { value: 'gas', label: t('可燃气体', 'Gas') },
  { value: 'tilt', label: t('倾倒', 'Tilt') },
  { value: 'water', label: t('进水', 'Water') },
  { value: 'panic', label: t('紧急求助', 'Panic') },
  { value: 'fault-reader', label: t('读卡器故障', 'Reader fault') },
  { value: 'fault-door', label: t('投口故障', 'Door fault') },
  { value: 'fault-motor', label: t('电机故障', 'Motor fault') },
  { value: 'fault-scale', label: t('称重故障', 'Scale fault') },
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
