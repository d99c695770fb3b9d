import type { CollectionConfig } from 'payload'

import { adminsOrOwnBaseRecords } from '../../../shared/access/published'
import { anyone } from '../../../shared/access/anyone'
import { byRole } from '../../../shared/access/byRole'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { baseField } from '../fields'
import { titleField } from '../../../shared/fields/title'
import { ownBase } from '../ownBase'
import { keepBookedSlot, slotGrew, titleSlot } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 参观时段: a time a base receives visitors, with a capacity in people (a party takes as many places as it has people). */
export const VisitSlots: CollectionConfig = {
  slug: 'visit-slots',
  labels: { singular: t('参观时段', 'Visit slot'), plural: t('参观时段', 'Visit slots') },
  admin: { group: groups.publicity, useAsTitle: 'title', defaultColumns: ['title', 'base', 'startsAt', 'capacity'] },
  defaultSort: 'startsAt',
  access: {
    read: anyone,
    create: byRole('admin', 'base-editor'),
    update: adminsOrOwnBaseRecords,
    delete: adminsOrOwnBaseRecords,
  },
  hooks: {
    beforeValidate: [ownBase],
    beforeChange: [titleSlot],
    afterChange: [slotGrew],
    beforeDelete: [keepBookedSlot],
  },
  fields: [
    titleField(),
    { ...baseField(), required: true },
    {
      type: 'row',
      fields: [
        momentField('startsAt', t('开始', 'Starts'), { required: true, index: true }),
        momentField('endsAt', t('结束', 'Ends'), { required: true }),
        wholeNumber('capacity', t('可接待人数', 'Capacity (people)'), { required: true, min: 1, max: 1000 }),
      ],
    },
    { name: 'note', type: 'text', label: t('说明', 'Note') },
  ],
}
