import type { CollectionConfig } from 'payload'

import { dayField } from '../../../shared/fields/dates'
import { gramsField, wholeNumber } from '../../../shared/fields/numbers'
import { townField, villageField } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { townScoped } from '../../../plugins/townScoping'
import { titleCleanup } from './hooks'
import { villageInTown } from '../../../hooks/villageInTown'
import { groups, t } from '../../../shared/i18n/labels'

/** 积存垃圾清理: a drive that cleared accumulated waste — where, when, how much (kg exact), who helped, photos. */
export const CleanupDrives: CollectionConfig = {
  slug: 'cleanup-drives',
  typescript: { interface: 'CleanupDrive' },
  labels: { singular: t('积存垃圾清理', 'Clean-up drive'), plural: t('积存垃圾清理', 'Clean-up drives') },
  admin: {
    group: groups.rural,
    useAsTitle: 'title',
    defaultColumns: ['day', 'town', 'village', 'grams', 'volunteers'],
    listSearchableFields: ['title', 'note'],
  },
  defaultSort: '-day',
  custom: townScoped(['operator']),
  hooks: { beforeChange: [villageInTown, titleCleanup] },
  fields: [
    titleField(),
    { type: 'row', fields: [townField(), villageField()] },
    {
      type: 'row',
      fields: [
        dayField('day', t('日期', 'Day'), { required: true, index: true }),
        gramsField('grams', t('清理量', 'Cleared'), { required: true, min: 1 }),
        wholeNumber('volunteers', t('参与人数', 'Volunteers'), { min: 0, defaultValue: 0 }),
      ],
    },
    { name: 'note', type: 'textarea', label: t('说明', 'Note') },
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: t('照片', 'Photos') },
  ],
}
