import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { gramsField, wholeNumber } from '../../../shared/fields/numbers'
import { cardField } from '../../../shared/fields/relations'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 投放日: one row per card and Shanghai day with drops, kept by the drop-off hook. It holds the
 * points already earned that day (for the daily cap) and is the base of 投放率 and 参与率.
 */
export const CardDays: CollectionConfig = {
  slug: 'card-days',
  labels: { singular: t('投放日', 'Card-day'), plural: t('投放日统计', 'Card-days') },
  admin: {
    group: groups.points,
    useAsTitle: 'day',
    defaultColumns: ['day', 'card', 'drops', 'grams', 'points'],
    hidden: ({ user }) => user?.role !== 'admin',
  },
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  indexes: [
    { fields: ['card', 'day'], unique: true },
    // Covering: the figures' per-card probes (services/metrics/cardCounts.ts) read card, day and drops from the index.
    { fields: ['card', 'day', 'drops'] },
  ],
  fields: [
    cardField(),
    { name: 'day', type: 'text', required: true, index: true, label: t('日期', 'Day') },
    wholeNumber('drops', t('投放次数', 'Drops'), { required: true, defaultValue: 0 }),
    gramsField('grams', t('重量', 'Weight'), { required: true, defaultValue: 0 }),
    wholeNumber('points', t('当日积分', 'Points'), { required: true, defaultValue: 0 }),
  ],
}
