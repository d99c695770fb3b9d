import type { CollectionConfig } from 'payload'

import { dayField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { staffVillage } from './hooks'
import { adminOnlyFields } from '../../../hooks/adminOnlyFields'
import { options, select } from '../../../shared/fields/options'
import { townField } from '../../../shared/fields/relations'
import { townScoped } from '../../../plugins/townScoping'
import { groups, t } from '../../../shared/i18n/labels'

/** 行政村 / 社区. A town official sees and edits the villages of their own town only. */
export const Villages: CollectionConfig = {
  slug: 'villages',
  labels: { singular: t('行政村（社区）', 'Village'), plural: t('行政村（社区）', 'Villages') },
  admin: {
    group: groups.areas,
    useAsTitle: 'name',
    defaultColumns: ['name', 'town', 'registeredPopulation', 'cleanersOnDuty', 'cleanersGap', 'sortingScheme'],
    components: {
      beforeListTable: [
        {
          path: '/app/(payload)/components/QuickFilter#QuickFilter',
          clientProps: {
            slug: 'villages',
            where: 'where[cleanersGap][greater_than]=0',
            all: t('全部村（社区）', 'All villages'),
            only: t('只看保洁员缺编的村', 'Under-staffed villages only'),
          },
        },
      ],
    },
    listSearchableFields: ['name'],
  },
  custom: townScoped(['operator']),
  // The registered population sets the cleaners a village needs, and so the town's measured staffing gap: it is
  // the district's figure; the town keeps the rest (hooks/adminOnlyFields.ts).
  hooks: {
    beforeChange: [
      adminOnlyFields([{ name: 'registeredPopulation', label: t('户籍人口', 'Registered population') }]),
      staffVillage,
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: t('名称', 'Name') },
    townField(),
    select(
      'kind',
      t('类型', 'Kind'),
      { village: t('行政村', 'Village'), community: t('社区', 'Community') },
      { defaultValue: 'village' },
    ),
    wholeNumber('registeredPopulation', t('户籍人口', 'Registered population'), {
      required: true,
      min: 0,
      defaultValue: 0,
    }),
    {
      type: 'row',
      fields: [
        wholeNumber('cleanersRequired', t('应配保洁员', 'Cleaners required'), { readOnly: true }),
        wholeNumber('cleanersOnDuty', t('在岗保洁员', 'Cleaners on duty'), { readOnly: true }),
        wholeNumber('cleanersGap', t('缺编', 'Staffing gap'), { readOnly: true, index: true }),
      ],
    },
    {
      name: 'marketContract',
      type: 'checkbox',
      defaultValue: false,
      label: t('市场化保洁', 'Under a market-based sanitation contract'),
      // Kept by the sanitation contracts: never typed.
      admin: {
        readOnly: true,
        description: t('由市场化保洁合同自动标记', 'Marked from the sanitation contracts'),
      },
    },
    { name: 'runsSorting', type: 'checkbox', defaultValue: false, label: t('开展垃圾分类', 'Runs sorting') },
    {
      name: 'sortingScheme',
      type: 'select',
      label: t('分类方式', 'Sorting scheme'),
      admin: { condition: (_, sibling) => Boolean(sibling?.runsSorting) },
      options: options({
        'two-time-four-category': t('两次四分法', 'Two-time four-category'),
        'four-category': t('四分类', 'Four categories'),
        'two-category': t('干湿两分类', 'Two categories (wet/dry)'),
        other: t('其他', 'Other'),
      }),
    },
    dayField('schemeSince', t('开始分类时间', 'Sorting since'), {
      description: t('开展垃圾分类的起始日期', 'The day the village started sorting'),
    }),
    {
      type: 'row',
      fields: [
        { name: 'modelVillage', type: 'checkbox', defaultValue: false, label: t('示范村', 'Model village') },
        dayField('modelSince', t('示范村认定日期', 'Model village since'), {
          description: t('按日期回看的工作汇报据此判断当时是否为示范村', 'A report for a past date reads this'),
        }),
      ],
    },
  ],
}
