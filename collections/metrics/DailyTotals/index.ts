import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { gramsField, wholeNumber } from '../../../shared/fields/numbers'
import { siteField } from '../../../shared/fields/relations'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 每日汇总: per Shanghai day and site, the drops at its bins (count, weight, weight by category) and the card-days
 * of its cards — kept by the scheduler as a recount of each day from the records (services/metrics/rollups.ts),
 * checked against a full recount every night. The figures over a period add these rows up.
 */
export const DailyTotals: CollectionConfig = {
  slug: 'daily-totals',
  labels: { singular: t('每日汇总', 'Daily total'), plural: t('每日汇总', 'Daily totals') },
  admin: {
    group: groups.points,
    useAsTitle: 'day',
    defaultColumns: ['day', 'site', 'drops', 'grams', 'cardDays', 'cardDrops'],
    hidden: ({ user }) => user?.role !== 'admin',
    description: t(
      '由定时任务按投放记录逐日重算，每晚与原始记录全量核对；不可手工修改。',
      'Recounted day by day from the drops by the scheduler and checked against a full recount every night; not editable.',
    ),
  },
  disableDuplicate: true,
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['day', 'site'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true, label: t('日期', 'Day') },
    siteField({ required: false }),
    wholeNumber('drops', t('投放次数（本站点设备）', 'Drops (at its bins)'), { required: true, defaultValue: 0 }),
    gramsField('grams', t('投放重量（本站点设备）', 'Weight (at its bins)'), { required: true, defaultValue: 0 }),
    {
      name: 'byCategory',
      type: 'json',
      label: t('分类重量（克）', 'Weight by category (g)'),
      admin: { readOnly: true },
    },
    wholeNumber('cardDays', t('投放卡数（本站点的卡）', 'Cards that dropped (its cards)'), {
      required: true,
      defaultValue: 0,
    }),
    wholeNumber('cardDrops', t('投放次数（本站点的卡）', 'Drops (its cards)'), { required: true, defaultValue: 0 }),
  ],
}
