import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { titleField } from '../../../shared/fields/title'
import { titlePickupSlot } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 上门回收时段: when collectors go door to door, and how many households a slot takes. */
export const PickupSlots: CollectionConfig = {
  slug: 'pickup-slots',
  labels: { singular: t('上门回收时段', 'Pickup slot'), plural: t('上门回收时段', 'Pickup slots') },
  admin: { group: groups.operations, useAsTitle: 'title', defaultColumns: ['title', 'startsAt', 'capacity', 'area'] },
  defaultSort: 'startsAt',
  access: { read: staff, create: staff, update: staff, delete: admins },
  hooks: { beforeChange: [titlePickupSlot] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        momentField('startsAt', t('开始', 'Starts'), { required: true, index: true }),
        momentField('endsAt', t('结束', 'Ends'), { required: true }),
        wholeNumber('capacity', t('可接户数', 'Households'), { required: true, min: 1, max: 500 }),
      ],
    },
    { name: 'area', type: 'text', label: t('片区', 'Area') },
  ],
}
