import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { MATERIALS, MOVEMENTS } from '../../../domain/operations/storage'
import { momentField } from '../../../shared/fields/dates'
import { fenField, gramsField } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { stockEndpoint } from './endpoints/stock'
import { checkMovement } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 库存台账: every movement of stored recyclables and hazardous waste — in (from bins, pickups, hand-overs),
 * sold to the recycling company (kg × price, in fen), or transferred to the disposal centre on a manifest
 * (联单, one per trip and class). Append-only: a mistake is put right by a movement the other way. The
 * stock per material (`GET /api/stock-movements/stock`) is computed from the movements and never goes
 * below zero — a movement that would take it there is refused, also when two arrive at once.
 */
export const StockMovements: CollectionConfig = {
  slug: 'stock-movements',
  labels: { singular: t('出入库记录', 'Stock movement'), plural: t('库存台账', 'Stock ledger') },
  admin: {
    group: groups.operations,
    useAsTitle: 'title',
    defaultColumns: ['title', 'material', 'direction', 'grams', 'facility', 'manifestNo', 'at'],
    listSearchableFields: ['title', 'manifestNo', 'note'],
  },
  defaultSort: '-at',
  disableDuplicate: true,
  access: { read: staff, create: staff, update: nobody, delete: nobody },
  hooks: { beforeChange: [checkMovement] },
  endpoints: [stockEndpoint],
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        select('material', t('物料', 'Material'), MATERIALS, { required: true, index: true }),
        select('direction', t('出入库', 'Movement'), MOVEMENTS, { required: true, index: true }),
        gramsField('grams', t('重量', 'Weight'), { required: true, min: 1 }),
      ],
    },
    {
      type: 'row',
      fields: [
        relation('facilities', 'facility', t('去向单位', 'To facility'), {
          description: t(
            '出售填再生资源回收公司，转移填危险废物处置中心',
            'The recycling company for sales, the disposal centre for transfers',
          ),
        }),
        fenField('pricePerKgFen', t('单价（元/千克）', 'Price (yuan/kg)'), { min: 0 }),
        fenField('amountFen', t('金额', 'Amount'), { readOnly: true }),
      ],
    },
    {
      name: 'manifestNo',
      type: 'text',
      unique: true,
      label: t('转移联单编号', 'Manifest number'),
      admin: { condition: (_, s) => s?.direction === 'transfer' },
    },
    {
      name: 'containers',
      type: 'array',
      label: t('密封容器（有害垃圾入库）', 'Sealed containers (hazardous in)'),
      admin: { condition: (_, s) => String(s?.material ?? '').startsWith('hazardous') && s?.direction === 'in' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'containerNo', type: 'text', required: true, label: t('容器编号', 'Container') },
            gramsField('grams', t('重量', 'Weight'), { required: true, min: 1 }),
          ],
        },
      ],
    },
    { name: 'source', type: 'text', label: t('来源（设备、上门回收单等）', 'From (bins, pickup…)') },
    { name: 'note', type: 'textarea', label: t('说明', 'Note') },
    momentField('at', t('时间', 'At'), { readOnly: true, sidebar: true, index: true }),
    actorField('recordedBy', t('记录人', 'Recorded by'), { sidebar: true }),
  ],
}
