import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { PICKUP_STATUSES, PICKUP_VIA } from '../../../domain/operations/pickups'
import { CATEGORIES, categoryLabels } from '../../../domain/points/points'
import { momentField } from '../../../shared/fields/dates'
import { gramsField, wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { contactPhoneField } from '../../../shared/fields/phone'
import { actorField, cardField, relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { bookPickup, completePickup, tellResident } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 上门回收: a household's pickup, booked by phone (the operator) or online. booked → assigned (a collector)
 * → done (from the start of its slot, by its collector or an admin, who the server records; the readings, per
 * category and at most 100 kg, typed with a reason, become drops with source `pickup` through the same rules and
 * ledger as the bins — points once, however often it is saved — and are listed for the admin's daily review of
 * hand-entered drops) / cancelled (until two hours before
 * the slot) / no-show. A total far from the household's usual weights is flagged for review, not refused. A
 * resident who books on the public site (/pickups) with an email is told at each step.
 */
export const Pickups: CollectionConfig = {
  slug: 'pickups',
  labels: { singular: t('上门回收', 'Pickup'), plural: t('上门回收', 'Pickups') },
  admin: {
    group: groups.operations,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slot', 'status', 'collector', 'pointsAwarded', 'flagged'],
    listSearchableFields: ['title', 'reference', 'address', 'contactName'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: staff, create: staff, update: staff, delete: admins },
  hooks: { beforeChange: [bookPickup, completePickup], afterChange: [tellResident] },
  fields: [
    titleField(),
    { name: 'reference', type: 'text', index: true, label: t('单号', 'Reference'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [cardField(), relation('pickup-slots', 'slot', t('预约时段', 'Slot'), { required: true, index: true })],
    },
    { name: 'address', type: 'text', required: true, label: t('上门地址', 'Address') },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', label: t('联系人', 'Contact') },
        contactPhoneField('contactPhone', t('联系电话', 'Phone')),
        select('via', t('预约方式', 'Booked'), PICKUP_VIA, { required: true, defaultValue: 'phone' }),
      ],
    },
    {
      name: 'email',
      type: 'email',
      label: t('通知邮箱（可不填）', 'Email for updates (optional)'),
      admin: {
        description: t(
          '填写后，受理、派单、完成、取消时自动发邮件告知居民',
          'The resident is mailed when it is booked, assigned, done or cancelled',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        select('status', t('状态', 'Status'), PICKUP_STATUSES, { required: true, defaultValue: 'booked', index: true }),
        relation('users', 'collector', t('回收员', 'Collector'), { filterOptions: { role: { equals: 'operator' } } }),
      ],
    },
    {
      name: 'readings',
      type: 'array',
      label: t('称重（联网秤读数）', 'Scale readings'),
      labels: { singular: t('读数', 'Reading'), plural: t('读数', 'Readings') },
      admin: { condition: (_, s) => s?.status === 'assigned' || s?.status === 'done' },
      fields: [
        {
          type: 'row',
          fields: [
            select(
              'category',
              t('类别', 'Category'),
              CATEGORIES.map((c) => ({ value: c, label: categoryLabels[c] })),
              { required: true },
            ),
            gramsField('grams', t('重量', 'Weight'), { required: true, min: 1 }),
          ],
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (_, s) => s?.status === 'assigned' || s?.status === 'done' },
      fields: [
        select(
          'readingsFrom',
          t('读数来源', 'Readings from'),
          { scale: t('联网秤', 'Connected scale'), typed: t('人工录入', 'Typed by hand') },
          { readOnly: true },
        ),
        relation('bins', 'scale', t('称重设备', 'Scale'), { readOnly: true }),
      ],
    },
    {
      name: 'readingsNote',
      type: 'textarea',
      label: t('手工录入原因', 'Why typed by hand'),
      admin: {
        condition: (_, s) => s?.status === 'assigned' || s?.status === 'done',
        description: t(
          '读数由人工录入时必填（如：联网秤故障）；完成后与手工录入的投放一起列给管理员复核。',
          'Required when the readings are typed; once done they are listed for the administrator with the hand-entered drops.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        wholeNumber('pointsAwarded', t('所得积分', 'Points'), { readOnly: true }),
        {
          name: 'flagged',
          type: 'checkbox',
          defaultValue: false,
          label: t('重量异常，待核查', 'Unusual weight: review'),
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'flagReason', type: 'text', label: t('异常说明', 'Why flagged'), admin: { readOnly: true } },
    momentField('completedAt', t('完成时间', 'Completed at'), { readOnly: true, sidebar: true }),
    actorField('completedBy', t('完成人', 'Completed by'), { sidebar: true }),
  ],
}
