import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { byRole } from '../../access/byRole'
import { ownTown } from '../../access/ownTown'
import { refId } from '../../access/roles'
import { keepInOwnTown } from '../../hooks/shared/keepInOwnTown'
import { villageInTown } from '../../hooks/shared/villageInTown'
import { groups, t } from '../../i18n/labels'

export const siteKinds = [
  { value: 'government', label: t('机关单位', 'Government office') },
  { value: 'residential', label: t('居民小区', 'Residential compound') },
  { value: 'school', label: t('学校', 'School') },
  { value: 'street', label: t('街道（沿街）', 'Street') },
  { value: 'village', label: t('农村', 'Village') },
  { value: 'education-base', label: t('教育基地', 'Education base') },
]

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/

/** 试点场所: where sorting runs — offices, compounds, schools, streets, villages, bases. */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: t('试点场所', 'Site'), plural: t('试点场所', 'Sites') },
  admin: {
    group: groups.areas,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'town', 'village', 'sortedCollection', 'households'],
    listSearchableFields: ['name', 'address', 'contactName'],
  },
  access: {
    read: ownTown(['operator', 'base-editor']),
    create: byRole('admin', 'town-official'),
    update: ownTown([]),
    delete: admins,
  },
  hooks: { beforeChange: [keepInOwnTown, villageInTown] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: t('名称', 'Name') },
    { name: 'kind', type: 'select', required: true, options: siteKinds, label: t('类型', 'Kind') },
    {
      type: 'row',
      fields: [
        {
          name: 'town',
          type: 'relationship',
          relationTo: 'towns',
          required: true,
          index: true,
          label: t('所属镇（街道）', 'Town'),
        },
        {
          name: 'village',
          type: 'relationship',
          relationTo: 'villages',
          label: t('所属行政村（社区）', 'Village'),
          filterOptions: ({ siblingData }) => {
            const town = refId((siblingData as { town?: number | string } | undefined)?.town)
            return town === null ? true : { town: { equals: town } }
          },
        },
      ],
    },
    { name: 'address', type: 'text', label: t('地址', 'Address') },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, label: t('纬度', 'Latitude') },
        { name: 'longitude', type: 'number', min: -180, max: 180, label: t('经度', 'Longitude') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', label: t('联系人', 'Contact name') },
        {
          name: 'contactPhone',
          type: 'text',
          label: t('联系电话', 'Contact phone'),
          validate: (v: string | null | undefined) =>
            !v || PHONE.test(v) || '电话格式不正确（手机 11 位或座机 0551-1234567）/ invalid phone number',
        },
      ],
    },
    {
      name: 'sortedCollection',
      type: 'checkbox',
      defaultValue: false,
      label: t('开展分类收运', 'Runs sorted collection'),
    },
    {
      name: 'households',
      type: 'number',
      min: 0,
      label: t('户数 / 人数', 'Households or staff'),
      admin: { description: t('小区填户数，机关、学校填人数', 'Households for a compound, staff for an office or school') },
    },
  ],
}
