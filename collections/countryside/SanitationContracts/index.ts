import type { CollectionConfig } from 'payload'

import { dayField } from '../../../shared/fields/dates'
import { fenField, wholeNumber } from '../../../shared/fields/numbers'
import { townField, villageField } from '../../../shared/fields/relations'
import { townScoped } from '../../../plugins/townScoping'
import { checkContract, markAfterChange, markAfterDelete } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 市场化保洁合同: an operator keeps a town's villages and roads clean for a term. A town's market-based
 * coverage is computed from the contracts running today, never typed.
 */
export const SanitationContracts: CollectionConfig = {
  slug: 'sanitation-contracts',
  labels: { singular: t('市场化保洁合同', 'Sanitation contract'), plural: t('市场化保洁合同', 'Sanitation contracts') },
  admin: {
    group: groups.rural,
    useAsTitle: 'operatorName',
    defaultColumns: ['operatorName', 'town', 'villages', 'start', 'end', 'annualValueFen'],
    listSearchableFields: ['operatorName', 'roads'],
  },
  custom: townScoped(['operator']),
  hooks: {
    beforeChange: [checkContract],
    afterChange: [markAfterChange],
    afterDelete: [markAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [{ name: 'operatorName', type: 'text', required: true, label: t('保洁公司', 'Operator') }, townField()],
    },
    villageField({ label: t('覆盖的行政村（社区）', 'Villages covered'), hasMany: true, name: 'villages' }),
    { name: 'roads', type: 'textarea', label: t('覆盖道路', 'Roads covered') },
    {
      type: 'row',
      fields: [
        wholeNumber('seatRoadMetres', t('覆盖镇区道路（米）', 'Town-seat roads covered (metres)'), { min: 0 }),
        wholeNumber('mainRoadMetres', t('覆盖镇区外主要道路（米）', 'Main roads covered (metres)'), { min: 0 }),
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('start', t('开始日期', 'Start'), { required: true }),
        dayField('end', t('结束日期', 'End'), { required: true }),
        fenField('annualValueFen', t('年合同额', 'Annual value'), { required: true }),
      ],
    },
  ],
}
