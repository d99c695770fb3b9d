import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { anyone } from '../../access/anyone'
import { groups, t } from '../../i18n/labels'

/** 教育基地: demonstration education bases (content and bookings come in a later issue). */
export const EducationBases: CollectionConfig = {
  slug: 'education-bases',
  labels: { singular: t('宣教基地', 'Education base'), plural: t('宣教基地', 'Education bases') },
  admin: { group: groups.publicity, useAsTitle: 'name', defaultColumns: ['name', 'site', 'updatedAt'] },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: t('名称', 'Name') },
    { name: 'site', type: 'relationship', relationTo: 'sites', label: t('所在场所', 'Site') },
    { name: 'intro', type: 'textarea', label: t('简介', 'Introduction') },
  ],
}
