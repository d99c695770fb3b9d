import type { CollectionConfig } from 'payload'

import { wholeNumber } from '../../fields/numbers'
import { options, select } from '../../fields/options'
import { townScoped } from '../../fields/townScoped'
import { groups, t } from '../../i18n/labels'

const scope = townScoped(['operator'])

/** 行政村 / 社区. A town official sees and edits the villages of their own town only. */
export const Villages: CollectionConfig = {
  slug: 'villages',
  labels: { singular: t('行政村（社区）', 'Village'), plural: t('行政村（社区）', 'Villages') },
  admin: {
    group: groups.areas,
    useAsTitle: 'name',
    defaultColumns: ['name', 'town', 'registeredPopulation', 'runsSorting', 'marketContract'],
    listSearchableFields: ['name'],
  },
  access: scope.access,
  custom: scope.custom,
  hooks: { beforeChange: scope.beforeChange },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: t('名称', 'Name') },
    scope.townField,
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
      name: 'marketContract',
      type: 'checkbox',
      defaultValue: false,
      label: t('市场化保洁', 'Under a market-based sanitation contract'),
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
  ],
}
