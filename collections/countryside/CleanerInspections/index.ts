import type { CollectionConfig } from 'payload'

import { dayField } from '../../../shared/fields/dates'
import { actorField, relation, townField } from '../../../shared/fields/relations'
import { townScoped } from '../../../plugins/townScoping'
import { checkInspection } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 保洁员专项检查: a town's check of its cleaners — on the roster, found on duty, age within the limit
 * (computed from the birth date and the settings), findings with photos (private evidence) and the points
 * each finding costs, which feed the quarter's appraisal.
 */
export const CleanerInspections: CollectionConfig = {
  slug: 'cleaner-inspections',
  labels: { singular: t('保洁员专项检查', 'Cleaner inspection'), plural: t('保洁员专项检查', 'Cleaner inspections') },
  admin: { group: groups.rural, defaultColumns: ['day', 'town', 'inspector', 'rows'] },
  defaultSort: '-day',
  custom: townScoped([]),
  hooks: { beforeChange: [checkInspection] },
  fields: [
    { type: 'row', fields: [dayField('day', t('检查日期', 'Day'), { required: true, index: true }), townField()] },
    {
      name: 'rows',
      type: 'array',
      label: t('检查的保洁员', 'Cleaners checked'),
      labels: { singular: t('保洁员', 'Cleaner'), plural: t('保洁员', 'Cleaners') },
      fields: [
        {
          type: 'row',
          fields: [
            relation('cleaners', 'cleaner', t('保洁员', 'Cleaner'), { required: true }),
            { name: 'onRoster', type: 'checkbox', defaultValue: true, label: t('在花名册', 'On the roster') },
            { name: 'onDuty', type: 'checkbox', defaultValue: true, label: t('在岗', 'On duty') },
            {
              name: 'ageWithinLimit',
              type: 'checkbox',
              label: t('年龄符合', 'Age within the limit'),
              admin: { readOnly: true },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'findings', type: 'text', label: t('发现问题', 'Findings') },
            { name: 'deduction', type: 'number', min: 0, max: 100, label: t('扣分', 'Points off') },
          ],
        },
        { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: t('照片', 'Photos') },
      ],
    },
    actorField('inspector', t('检查人', 'Inspector'), { sidebar: true }),
  ],
}
