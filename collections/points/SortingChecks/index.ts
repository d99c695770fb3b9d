import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { momentField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { actorField, cardField, siteField } from '../../../shared/fields/relations'
import { postPenalty, stampCheck, titleCheck } from './hooks'
import { titleField } from '../../../shared/fields/title'
import { groups, t } from '../../../shared/i18n/labels'

/** 分类检查: an inspector's check of a drop or a bin; the source of 准确率 (accuracy). */
export const SortingChecks: CollectionConfig = {
  slug: 'sorting-checks',
  labels: { singular: t('分类检查', 'Sorting check'), plural: t('分类检查', 'Sorting checks') },
  admin: {
    group: groups.points,
    useAsTitle: 'title',
    defaultColumns: ['checkedAt', 'site', 'card', 'result', 'confirmed', 'inspector'],
    listSearchableFields: ['title', 'note'],
  },
  defaultSort: '-checkedAt',
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staff, create: staff, update: staff, delete: admins },
  hooks: { beforeChange: [stampCheck, titleCheck], afterChange: [postPenalty] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        siteField(),
        cardField({ required: false }),
        momentField('checkedAt', t('检查时间', 'Checked at'), { index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        select(
          'result',
          t('结果', 'Result'),
          { correct: t('分类正确', 'Correct'), 'mis-sorted': t('分类错误', 'Mis-sorted') },
          { required: true },
        ),
        select(
          'source',
          t('来源', 'Source'),
          { inspector: t('督导员检查', 'Inspector'), pickup: t('上门回收评价', 'Pickup rating') },
          { required: true, defaultValue: 'inspector', readOnly: true },
        ),
        {
          name: 'confirmed',
          type: 'checkbox',
          defaultValue: false,
          label: t('确认错投（扣分）', 'Confirmed mis-sort (penalty)'),
          admin: { condition: (_, s) => s?.result === 'mis-sorted' },
        },
      ],
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: t('照片', 'Photo') },
    { name: 'note', type: 'textarea', label: t('说明', 'Note') },
    actorField('inspector', t('检查人', 'Inspector'), { sidebar: true }),
    {
      name: 'penaltyPosted',
      type: 'checkbox',
      defaultValue: false,
      label: t('已扣分', 'Penalty posted'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
