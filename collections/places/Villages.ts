import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { byRole } from '../../access/byRole'
import { ownTown } from '../../access/ownTown'
import { keepInOwnTown } from '../../hooks/shared/keepInOwnTown'
import { groups, t } from '../../i18n/labels'

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
  access: {
    read: ownTown(['operator']),
    create: byRole('admin', 'town-official'),
    update: ownTown([]),
    delete: admins,
  },
  hooks: { beforeChange: [keepInOwnTown] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: t('名称', 'Name') },
    {
      name: 'town',
      type: 'relationship',
      relationTo: 'towns',
      required: true,
      index: true,
      label: t('所属镇（街道）', 'Town'),
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'village',
      label: t('类型', 'Kind'),
      options: [
        { value: 'village', label: t('行政村', 'Village') },
        { value: 'community', label: t('社区', 'Community') },
      ],
    },
    {
      name: 'registeredPopulation',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: 0,
      label: t('户籍人口', 'Registered population'),
      validate: (v: number | null | undefined) =>
        v === null || v === undefined || Number.isInteger(v) || '人口必须是整数 / must be a whole number',
    },
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
      options: [
        { value: 'two-time-four-category', label: t('两次四分法', 'Two-time four-category') },
        { value: 'four-category', label: t('四分类', 'Four categories') },
        { value: 'two-category', label: t('干湿两分类', 'Two categories (wet/dry)') },
        { value: 'other', label: t('其他', 'Other') },
      ],
    },
  ],
}
