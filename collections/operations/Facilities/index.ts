import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { FACILITY_KINDS } from '../../../domain/operations/storage'
import { select } from '../../../shared/fields/options'
import { relation } from '../../../shared/fields/relations'
import { contactPhoneField } from '../../../shared/fields/phone'
import { groups, t } from '../../../shared/i18n/labels'

/** 处理设施: where collected waste goes — the kitchen-waste plant, the transfer station, the incineration plant, the recycling company, the hazardous-waste centre. */
export const Facilities: CollectionConfig = {
  slug: 'facilities',
  labels: { singular: t('处理设施', 'Facility'), plural: t('处理设施', 'Facilities') },
  admin: { group: groups.operations, useAsTitle: 'name', defaultColumns: ['name', 'kind', 'address', 'contactName'] },
  access: { read: staff, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: t('名称', 'Name') },
    select('kind', t('类型', 'Kind'), FACILITY_KINDS, { required: true, index: true }),
    { name: 'address', type: 'text', label: t('地址', 'Address') },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', label: t('联系人', 'Contact') },
        contactPhoneField('contactPhone', t('联系电话', 'Phone')),
      ],
    },
    { name: 'licence', type: 'text', label: t('经营许可证号', 'Licence number') },
    {
      ...relation('facilities', 'sendsTo', t('转运去向', 'Sends on to'), {
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      }),
      admin: {
        condition: (_, sibling) => sibling?.kind === 'transfer-station',
        description: t(
          '转运站不处理垃圾：填写其转运去向（焚烧厂等），无害化处理率按最终去向统计',
          'A transfer station treats nothing: where it sends the waste on; safe treatment counts the final destination',
        ),
      },
    },
  ],
}
