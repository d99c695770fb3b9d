import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { manualReviewEndpoint } from './endpoints/manualReview'
import { recordDropsEndpoint } from './endpoints/recordDrops'
import { categoryField } from '../../../shared/fields/category'
import { momentField } from '../../../shared/fields/dates'
import { idempotencyKeyField } from '../../../shared/fields/idempotencyKey'
import { titleField } from '../../../shared/fields/title'
import { gramsField, wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, cardField, onceSaved, siteField } from '../../../shared/fields/relations'
import { awardDrop, postDropEffects } from './hooks'
import { refuseDelete } from '../../../hooks/appendOnly'
import { groups, t } from '../../../shared/i18n/labels'
import { dropOffsExport } from './export'

/**
 * 投放记录: one weighed drop by one card. A drop is a fact: it is never edited or deleted; its
 * points come from the rules in force when it happened and land on the ledger at once.
 */
export const DropOffs: CollectionConfig = {
  slug: 'drop-offs',
  // The list's Excel export (the house rules add the button and the endpoint).
  custom: { export: dropOffsExport },
  labels: { singular: t('投放记录', 'Drop-off'), plural: t('投放记录', 'Drop-offs') },
  admin: {
    group: groups.points,
    useAsTitle: 'title',
    defaultColumns: ['occurredAt', 'card', 'category', 'grams', 'points', 'outcome', 'source'],
    listSearchableFields: ['title', 'sourceRef', 'note'],
  },
  defaultSort: '-occurredAt',
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staffOrOwnTown('site'), create: staff, update: nobody, delete: nobody },
  hooks: { beforeChange: [awardDrop], afterChange: [postDropEffects], beforeDelete: [refuseDelete] },
  endpoints: [recordDropsEndpoint, manualReviewEndpoint],
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        cardField(),
        {
          ...categoryField(),
          admin: { components: { Field: '/app/(payload)/components/Counter#SiteCategoryField' } },
        },
        gramsField('grams', t('重量', 'Weight'), { required: true, min: 1 }),
      ],
    },
    {
      type: 'row',
      fields: [
        // Defaults to now: a drop entered at the counter happened a moment ago.
        {
          ...momentField('occurredAt', t('投放时间', 'Occurred at'), { required: true, index: true }),
          defaultValue: () => new Date().toISOString(),
        },
        onceSaved(
          select(
            'source',
            t('来源', 'Source'),
            {
              device: t('智能设备', 'Device'),
              pickup: t('上门回收', 'Pickup'),
              manual: t('人工录入', 'Manual'),
            },
            { required: true, defaultValue: 'manual', readOnly: true },
          ),
        ),
        onceSaved({
          name: 'sourceRef',
          type: 'text',
          label: t('设备号 / 预约单号', 'Bin or pickup ref'),
          index: true,
          admin: { readOnly: true },
        }),
      ],
    },
    onceSaved(siteField({ required: false, readOnly: true })),
    {
      name: 'note',
      type: 'textarea',
      label: t('补录原因', 'Why entered by hand'),
      admin: {
        description: t(
          '人工录入必须写明原因，管理员每日复核',
          'Required for hand-entered drops; admins review them daily',
        ),
      },
    },
    onceSaved({
      type: 'row',
      fields: [
        wholeNumber('points', t('获得积分', 'Points'), { readOnly: true }),
        select(
          'outcome',
          t('计分结果', 'Outcome'),
          {
            counted: t('已计分', 'Counted'),
            'below-minimum': t('低于起计重量', 'Below minimum'),
            capped: t('达到每日上限', 'Daily cap reached'),
          },
          { readOnly: true },
        ),
        wholeNumber('balanceAfter', t('投放后余额', 'Balance after'), { readOnly: true }),
        wholeNumber('rulesRevision', t('规则版本', 'Rules revision'), { readOnly: true }),
      ],
    }),
    idempotencyKeyField(),
    onceSaved(actorField('recordedBy', t('录入人', 'Recorded by'), { sidebar: true })),
  ],
}
