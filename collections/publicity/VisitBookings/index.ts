import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { refId } from '../../../shared/refs'
import { adminsOrOwnBaseRecords } from '../../../shared/access/published'
import { byRole } from '../../../shared/access/byRole'
import { BOOKING_LIMITS } from '../../../domain/publicity/bookings'
import { BOOKING_STATUSES } from '../../../domain/publicity/kinds'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { contactPhoneField } from '../../../shared/fields/phone'
import { actorField, relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { bookingRemoved, bookVisit, tellBooker } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 参观预约: a party's booking of a slot. It takes `size` places; when the slot is full it may wait on
 * the list and moves up in order when places free up. The base editor confirms or declines; the
 * confirmation code is shown to the booker (by their reference) and checked at the door.
 */
export const VisitBookings: CollectionConfig = {
  slug: 'visit-bookings',
  labels: { singular: t('参观预约', 'Visit booking'), plural: t('参观预约', 'Visit bookings') },
  admin: {
    group: groups.publicity,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slot', 'size', 'status', 'code', 'createdAt'],
    listSearchableFields: ['groupName', 'code', 'reference', 'contactName'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: adminsOrOwnBaseRecords,
    create: byRole('admin', 'base-editor'),
    update: adminsOrOwnBaseRecords,
    delete: admins,
  },
  hooks: { beforeChange: [bookVisit], afterChange: [tellBooker], afterDelete: [bookingRemoved] },
  fields: [
    titleField(),
    relation('visit-slots', 'slot', t('参观时段', 'Slot'), {
      required: true,
      index: true,
      // A base editor picks among their own base's slots.
      filterOptions: ({ user }) =>
        user?.role === 'base-editor' && user.educationBase
          ? { base: { equals: refId(user.educationBase as number) } }
          : true,
    }),
    relation('education-bases', 'base', t('教育基地', 'Education base'), { index: true, readOnly: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'groupName',
          type: 'text',
          required: true,
          maxLength: BOOKING_LIMITS.groupName,
          label: t('团体名称', 'Group'),
        },
        wholeNumber('size', t('人数', 'People'), {
          required: true,
          min: BOOKING_LIMITS.size.min,
          max: BOOKING_LIMITS.size.max,
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contactName',
          type: 'text',
          required: true,
          maxLength: BOOKING_LIMITS.contactName,
          label: t('联系人', 'Contact'),
        },
        contactPhoneField('contactPhone', t('联系电话', 'Phone')),
        { name: 'email', type: 'email', label: t('电子邮箱', 'Email') },
      ],
    },
    {
      name: 'waitIfFull',
      type: 'checkbox',
      defaultValue: true,
      label: t('满员时排入候补', 'Join the waiting list when full'),
    },
    {
      type: 'row',
      fields: [
        select('status', t('状态', 'Status'), BOOKING_STATUSES, {
          required: true,
          defaultValue: 'pending',
          index: true,
        }),
        { name: 'code', type: 'text', index: true, label: t('确认码', 'Confirmation code'), admin: { readOnly: true } },
        { name: 'reference', type: 'text', index: true, label: t('预约编号', 'Reference'), admin: { readOnly: true } },
      ],
    },
    { name: 'reply', type: 'textarea', label: t('回复预约人', 'Reply to the booker') },
    actorField('decidedBy', t('处理人', 'Decided by'), { sidebar: true }),
    momentField('decidedAt', t('处理时间', 'Decided at'), { readOnly: true, sidebar: true }),
    momentField('checkedInAt', t('到访时间', 'Checked in at'), { readOnly: true, sidebar: true }),
  ],
}
