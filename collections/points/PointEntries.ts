import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { nobody } from '../../access/nobody'
import { staff } from '../../access/staff'
import { LEDGER_REASONS } from '../../domain/points/points'
import { applyEntry, refuseDelete } from '../../hooks/points/pointEntries'
import { groups, t } from '../../i18n/labels'

const reasonLabels = {
  'drop-off': t('投放得分', 'Drop-off'),
  redemption: t('兑换', 'Redemption'),
  refund: t('退还', 'Refund'),
  penalty: t('错投扣分', 'Penalty'),
  adjustment: t('人工调整', 'Adjustment'),
  transfer: t('补卡转移', 'Transfer'),
  expiry: t('过期', 'Expiry'),
} as const

/**
 * 积分流水: the append-only points ledger. Nobody edits or deletes an entry, through any API;
 * a correction is a new, reversing entry. A card's balance always equals the sum of its entries.
 */
export const PointEntries: CollectionConfig = {
  slug: 'point-entries',
  labels: { singular: t('积分流水', 'Ledger entry'), plural: t('积分流水', 'Ledger') },
  admin: {
    group: groups.points,
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['createdAt', 'card', 'delta', 'reason', 'balanceAfter', 'note'],
    listSearchableFields: ['idempotencyKey', 'cause', 'note'],
    description: t(
      '流水只能追加。手工调整请点「创建」，原因选「人工调整」并写明理由。',
      'Append-only. To correct a balance, create an adjustment with a written reason.',
    ),
  },
  defaultSort: '-createdAt',
  access: { read: staff, create: admins, update: nobody, delete: nobody },
  hooks: { beforeChange: [applyEntry], beforeDelete: [refuseDelete] },
  fields: [
    { name: 'card', type: 'relationship', relationTo: 'cards', required: true, index: true, label: t('智能卡', 'Card') },
    { name: 'delta', type: 'number', required: true, label: t('积分变动', 'Points (±)') },
    {
      name: 'reason',
      type: 'select',
      required: true,
      defaultValue: 'adjustment',
      index: true,
      label: t('类型', 'Reason'),
      options: LEDGER_REASONS.map((value) => ({ value, label: reasonLabels[value] })),
    },
    { name: 'note', type: 'textarea', label: t('说明 / 调整原因', 'Note / reason') },
    {
      name: 'balanceAfter',
      type: 'number',
      label: t('变动后余额', 'Balance after'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'cause', type: 'text', label: t('来源', 'Caused by'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: t('操作人', 'By'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'rulesRevision', type: 'number', label: t('规则版本', 'Rules revision'), admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      label: t('幂等键', 'Idempotency key'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
