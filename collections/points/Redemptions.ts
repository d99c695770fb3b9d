import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { staff } from '../../access/staff'
import { refuseDelete } from '../../hooks/points/pointEntries'
import { checkRedemptionChange, settleRedemption } from '../../hooks/points/redemptions'
import { groups, t } from '../../i18n/labels'

/**
 * 兑换记录: a card spends points on a reward. Balance and stock are checked and taken in one
 * transaction; cancelling gives both back through the ledger.
 */
export const Redemptions: CollectionConfig = {
  slug: 'redemptions',
  labels: { singular: t('兑换记录', 'Redemption'), plural: t('兑换记录', 'Redemptions') },
  admin: {
    group: groups.points,
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['createdAt', 'card', 'reward', 'quantity', 'points', 'channel', 'status'],
  },
  defaultSort: '-createdAt',
  access: { read: staff, create: staff, update: staff, delete: nobody },
  hooks: { beforeChange: [checkRedemptionChange], afterChange: [settleRedemption], beforeDelete: [refuseDelete] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'card', type: 'relationship', relationTo: 'cards', required: true, index: true, label: t('智能卡', 'Card') },
        { name: 'reward', type: 'relationship', relationTo: 'rewards', required: true, label: t('商品', 'Reward') },
        { name: 'quantity', type: 'number', required: true, defaultValue: 1, min: 1, label: t('数量', 'Quantity') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'points', type: 'number', label: t('消耗积分', 'Points'), admin: { readOnly: true } },
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'counter',
          label: t('兑换渠道', 'Channel'),
          options: [
            { value: 'counter', label: t('兑换点柜台', 'Counter') },
            { value: 'gift-machine', label: t('礼品兑换机', 'Gift machine') },
            { value: 'property-office', label: t('物业办公室', 'Property office') },
          ],
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'completed',
          label: t('状态', 'Status'),
          options: [
            { value: 'completed', label: t('已完成', 'Completed') },
            { value: 'cancelled', label: t('已撤销', 'Cancelled') },
          ],
        },
      ],
    },
    { name: 'cancelledAt', type: 'date', label: t('撤销时间', 'Cancelled at'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'idempotencyKey', type: 'text', unique: true, index: true, label: t('幂等键', 'Idempotency key'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'note', type: 'textarea', label: t('备注', 'Note') },
  ],
}
