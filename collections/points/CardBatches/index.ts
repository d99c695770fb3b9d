import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { CHANNELS, HOLDER_KINDS, MAX_BATCH } from '../../../domain/points/cards'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { siteField } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { nextBatchStartEndpoint } from './endpoints/nextBatchStart'
import { checkBatch, issueBatch } from './hooks'
import { momentField } from '../../../shared/fields/dates'
import { groups, t } from '../../../shared/i18n/labels'

/** 批量发卡: one record issues a whole number range of cards in one transaction. */
export const CardBatches: CollectionConfig = {
  slug: 'card-batches',
  labels: { singular: t('批量发卡', 'Card batch'), plural: t('批量发卡', 'Card batches') },
  admin: {
    group: groups.points,
    useAsTitle: 'title',
    defaultColumns: ['firstNumber', 'lastNumber', 'count', 'site', 'channel', 'createdAt'],
    description: t(
      '填写卡号前缀、起始号和数量，保存即一次发出整段卡号。',
      'Give a prefix, a start and a count: saving issues the whole range.',
    ),
  },
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staff, create: staff, update: nobody, delete: nobody },
  hooks: { beforeChange: [checkBatch], afterChange: [issueBatch] },
  endpoints: [nextBatchStartEndpoint],
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        { name: 'prefix', type: 'text', defaultValue: '', label: t('卡号前缀', 'Prefix') },
        wholeNumber('start', t('起始号', 'Start'), { required: true, min: 0 }),
        wholeNumber('count', t('数量', 'Count'), { required: true, min: 1, max: MAX_BATCH }),
        wholeNumber('digits', t('号码位数', 'Digits'), { required: true, defaultValue: 6, min: 1, max: 12 }),
      ],
    },
    {
      name: 'range',
      type: 'ui',
      admin: {
        components: { Field: '/app/(payload)/components/Counter#BatchRange' },
        condition: (data) => !data?.id,
      },
    },
    {
      type: 'row',
      fields: [
        siteField({ index: false }),
        select('channel', t('发卡方式', 'Issued via'), CHANNELS, { required: true, defaultValue: 'booth' }),
        select('holderKind', t('持卡类型', 'Holder'), HOLDER_KINDS, { required: true, defaultValue: 'household' }),
        momentField('issuedAt', t('发卡时间', 'Issued at')),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'firstNumber', type: 'text', label: t('首个卡号', 'First number'), admin: { readOnly: true } },
        { name: 'lastNumber', type: 'text', label: t('末个卡号', 'Last number'), admin: { readOnly: true } },
      ],
    },
  ],
}
