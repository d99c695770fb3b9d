import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { momentField } from '../../../shared/fields/dates'
import { jsonView } from '../../../shared/fields/json'
import { relation } from '../../../shared/fields/relations'
import { refuseDelete } from '../../../hooks/appendOnly'
import { groups, t } from '../../../shared/i18n/labels'

/** 设备报文: the append-only raw log of every device request and its outcome, for audit and replay. */
export const DeviceEvents: CollectionConfig = {
  slug: 'device-events',
  labels: { singular: t('设备报文', 'Device request'), plural: t('设备报文', 'Device requests') },
  admin: {
    group: groups.devices,
    useAsTitle: 'deviceId',
    defaultColumns: ['receivedAt', 'deviceId', 'endpoint', 'status', 'code', 'events'],
  },
  defaultSort: '-receivedAt',
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeDelete: [refuseDelete] },
  fields: [
    momentField('receivedAt', t('接收时间', 'Received'), { required: true, index: true }),
    { name: 'deviceId', type: 'text', index: true, label: t('设备编号', 'Device id') },
    relation('bins', 'bin', t('设备', 'Bin')),
    { name: 'endpoint', type: 'text', required: true, label: t('接口', 'Endpoint') },
    { name: 'status', type: 'number', required: true, label: t('HTTP 状态', 'HTTP status') },
    { name: 'code', type: 'text', index: true, label: t('错误码', 'Error code') },
    { name: 'events', type: 'number', label: t('事件数', 'Events') },
    { name: 'clientAddress', type: 'text', label: t('来源地址', 'Client address') },
    {
      name: 'repeats',
      type: 'number',
      label: t('同类未记录次数', 'Repeats counted'),
      admin: {
        description: t('大量相同的拒绝只记样本，其余计数', 'Floods of identical refusals keep samples and a count'),
      },
    },
    jsonView('body', t('请求内容', 'Request body')),
    jsonView('response', t('处理结果', 'Outcome')),
  ],
}
