import type { CollectionConfig } from 'payload'

import { fenField, wholeNumber } from '../../../shared/fields/numbers'
import { relation, townField } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { townScoped } from '../../../plugins/townScoping'
import { computeAppraisal } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 保洁员季度考核: a cleaner's quarter — the score (100 less the inspections' deductions) and the pay it
 * brings (80 % base, 20 % by the score), computed; a reward or a penalty may be added with its reason.
 */
export const CleanerAppraisals: CollectionConfig = {
  slug: 'cleaner-appraisals',
  labels: { singular: t('保洁员季度考核', 'Cleaner appraisal'), plural: t('保洁员季度考核', 'Cleaner appraisals') },
  admin: {
    group: groups.rural,
    useAsTitle: 'title',
    defaultColumns: ['title', 'score', 'performanceFen', 'adjustmentFen', 'totalFen'],
    listSearchableFields: ['title'],
  },
  custom: townScoped([]),
  hooks: { beforeChange: [computeAppraisal] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        relation('cleaners', 'cleaner', t('保洁员', 'Cleaner'), { required: true, index: true }),
        {
          name: 'quarter',
          type: 'text',
          required: true,
          index: true,
          label: t('季度', 'Quarter'),
          admin: { placeholder: '2026-Q3' },
        },
        townField(),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'score', type: 'number', label: t('考核得分', 'Score'), admin: { readOnly: true } },
        wholeNumber('findings', t('检查发现问题（处）', 'Findings'), { readOnly: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        fenField('basePartFen', t('基本工资部分（80%）', 'Base part (80 %)'), { readOnly: true }),
        fenField('performanceFen', t('绩效部分（20% × 得分）', 'Performance part (20 % × score)'), { readOnly: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        fenField('adjustmentFen', t('奖惩（正为奖，负为罚）', 'Reward (+) or penalty (−)'), { min: -1_000_000_00 }),
        { name: 'adjustmentReason', type: 'text', label: t('奖惩理由', 'Why') },
        fenField('totalFen', t('本季度应发', 'Quarter total'), { readOnly: true, min: -1_000_000_00 }),
      ],
    },
  ],
}
