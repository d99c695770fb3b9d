import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { INSPECTOR_SHIFTS } from '../../../domain/operations/workOrders'
import { dayField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { planShift } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 巡检排班: who is on the day shift (08:00–20:00) and the night shift of a day; new work orders go to them. */
export const InspectorShifts: CollectionConfig = {
  slug: 'inspector-shifts',
  labels: { singular: t('巡检排班', 'Inspector shift'), plural: t('巡检排班', 'Inspector shifts') },
  admin: { group: groups.operations, useAsTitle: 'title', defaultColumns: ['day', 'shift', 'inspectors'] },
  defaultSort: '-day',
  access: { read: staff, create: staff, update: staff, delete: admins },
  hooks: { beforeChange: [planShift] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        dayField('day', t('日期', 'Day'), { required: true, index: true }),
        select('shift', t('班次', 'Shift'), INSPECTOR_SHIFTS, { required: true, defaultValue: 'day' }),
      ],
    },
    relation('users', 'inspectors', t('当班巡检员', 'Inspectors on duty'), {
      required: true,
      hasMany: true,
      filterOptions: { role: { equals: 'operator' } },
    }),
    { name: 'note', type: 'text', label: t('备注', 'Note') },
  ],
}
