import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { adminsOrOwnBase } from './access'
import { anyone } from '../../../shared/access/anyone'
import { BASE_KINDS } from '../../../domain/publicity/kinds'
import { select } from '../../../shared/fields/options'
import { contactPhoneField } from '../../../shared/fields/phone'
import { baseDetailsOnly } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 示范教育基地: demonstration education bases; their editors write articles and take visit bookings. */
export const EducationBases: CollectionConfig = {
  slug: 'education-bases',
  labels: { singular: t('宣教基地', 'Education base'), plural: t('宣教基地', 'Education bases') },
  admin: { group: groups.publicity, useAsTitle: 'name', defaultColumns: ['name', 'kind', 'address', 'openingTimes'] },
  // A base editor keeps their own base's details (the name and site are the district's).
  access: { read: anyone, create: admins, update: adminsOrOwnBase, delete: admins },
  hooks: { beforeChange: [baseDetailsOnly] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      label: t('名称', 'Name'),
    },
    select('kind', t('类型', 'Kind'), BASE_KINDS, { required: true }),
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      label: t('所在场所', 'Site'),
    },
    { name: 'intro', type: 'textarea', label: t('简介', 'Introduction') },
    { name: 'address', type: 'text', label: t('地址', 'Address') },
    { name: 'openingTimes', type: 'text', label: t('开放时间', 'Opening times') },
    { name: 'contactName', type: 'text', label: t('联系人', 'Contact') },
    contactPhoneField('contactPhone', t('联系电话', 'Contact phone')),
  ],
}
