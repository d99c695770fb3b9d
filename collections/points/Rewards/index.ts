import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { anyone } from '../../../shared/access/anyone'
import { REWARD_KINDS } from '../../../domain/points/rewards'
import { AUDIENCES } from '../../../domain/shared/audience'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { invalid, type ValidateArgs } from '../../../shared/fields/validate'
import { dayField } from '../../../shared/fields/dates'
import { groups, t } from '../../../shared/i18n/labels'

/** 兑换商品: what points buy — goods, property-fee deductions, office supplies, honours. */
export const Rewards: CollectionConfig = {
  slug: 'rewards',
  labels: { singular: t('兑换商品', 'Reward'), plural: t('兑换商品', 'Rewards') },
  admin: {
    group: groups.points,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'pointsCost', 'stock', 'audience', 'active'],
    listSearchableFields: ['name'],
  },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', type: 'text', required: true, label: t('名称', 'Name') },
    { name: 'image', type: 'upload', relationTo: 'media', label: t('图片', 'Image') },
    {
      type: 'row',
      fields: [
        select('kind', t('类型', 'Kind'), REWARD_KINDS, { required: true, defaultValue: 'goods' }),
        {
          name: 'pointsCost',
          type: 'number',
          required: true,
          defaultValue: 0,
          label: t('所需积分', 'Points'),
          admin: { condition: (_, s) => s?.kind !== 'fee-deduction' && s?.kind !== 'honour' },
          validate: (v: number | null | undefined, { req, siblingData }: ValidateArgs) => {
            if (!Number.isInteger(v ?? 0) || (v ?? 0) < 0) return invalid(req, 'WHOLE_POINTS')
            if (siblingData.kind === 'honour' && (v ?? 0) !== 0) return invalid(req, 'HONOUR_COSTS_NOTHING')
            return true
          },
        },
        {
          name: 'feeFen',
          type: 'number',
          label: t('抵扣金额（分）', 'Deduction (fen)'),
          admin: {
            condition: (_, s) => s?.kind === 'fee-deduction',
            description: t('1 元 = 100 分；所需积分按积分规则折算', 'Points follow the rules’ rate'),
          },
          validate: (v: number | null | undefined, { req, siblingData }: ValidateArgs) =>
            siblingData.kind !== 'fee-deduction' ||
            (Number.isInteger(v) && (v as number) > 0) ||
            invalid(req, 'FEE_REQUIRED'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        select('audience', t('适用对象', 'For'), AUDIENCES, { required: true, defaultValue: 'both' }),
        wholeNumber('stock', t('库存', 'Stock'), { min: 0, description: t('留空表示不限量', 'Empty = unlimited') }),
        { name: 'active', type: 'checkbox', defaultValue: true, label: t('上架', 'Active') },
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('activeFrom', t('开始兑换', 'Available from')),
        dayField('activeUntil', t('截止兑换', 'Available until')),
      ],
    },
    { name: 'description', type: 'textarea', label: t('说明', 'Description') },
  ],
}
