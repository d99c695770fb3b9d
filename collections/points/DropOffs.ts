import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { staff } from '../../access/staff'
import { categoryOptions } from '../../domain/points/points'
import { refuseDelete } from '../../hooks/points/pointEntries'
import { awardDrop, postDropEffects } from '../../hooks/points/dropOffs'
import { groups, t } from '../../i18n/labels'
import { recordDropsEndpoint } from '../../endpoints/points/recordDrops'

/**
 * 投放记录: one weighed drop by one card. A drop is a fact: it is never edited or deleted; its
 * points come from the rules in force when it happened and land on the ledger at once.
 */
export const DropOffs: CollectionConfig = {
  slug: 'drop-offs',
  labels: { singular: t('投放记录', 'Drop-off'), plural: t('投放记录', 'Drop-offs') },
  admin: {
    group: groups.points,
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['occurredAt', 'card', 'category', 'grams', 'points', 'outcome', 'source'],
    listSearchableFields: ['idempotencyKey', 'sourceRef'],
  },
  defaultSort: '-occurredAt',
  access: { read: staff, create: staff, update: nobody, delete: nobody },
  hooks: { beforeChange: [awardDrop], afterChange: [postDropEffects], beforeDelete: [refuseDelete] },
  endpoints: [recordDropsEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'card', type: 'relationship', relationTo: 'cards', required: true, index: true, label: t('智能卡', 'Card') },
        { name: 'category', type: 'select', required: true, options: categoryOptions, label: t('类别', 'Category') },
        { name: 'grams', type: 'number', required: true, min: 1, label: t('重量（克）', 'Weight (g)') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'occurredAt', type: 'date', required: true, index: true, label: t('投放时间', 'Occurred at'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'manual',
          label: t('来源', 'Source'),
          options: [
            { value: 'device', label: t('智能设备', 'Device') },
            { value: 'pickup', label: t('上门回收', 'Pickup') },
            { value: 'manual', label: t('人工录入', 'Manual') },
          ],
        },
        { name: 'sourceRef', type: 'text', label: t('设备号 / 预约单号', 'Bin or pickup ref'), index: true },
      ],
    },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, label: t('场所', 'Site') },
    {
      type: 'row',
      fields: [
        { name: 'points', type: 'number', label: t('获得积分', 'Points'), admin: { readOnly: true } },
        {
          name: 'outcome',
          type: 'select',
          label: t('计分结果', 'Outcome'),
          admin: { readOnly: true },
          options: [
            { value: 'counted', label: t('已计分', 'Counted') },
            { value: 'below-minimum', label: t('低于起计重量', 'Below minimum') },
            { value: 'capped', label: t('达到每日上限', 'Daily cap reached') },
          ],
        },
        { name: 'balanceAfter', type: 'number', label: t('投放后余额', 'Balance after'), admin: { readOnly: true } },
        { name: 'rulesRevision', type: 'number', label: t('规则版本', 'Rules revision'), admin: { readOnly: true } },
      ],
    },
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, label: t('幂等键', 'Idempotency key'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: t('录入人', 'Recorded by'), admin: { readOnly: true, position: 'sidebar' } },
  ],
}
