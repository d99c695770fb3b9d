import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { currentUser, hasRole } from '../../../shared/roles'
import { sameRef } from '../../../shared/refs'
import { ageOn, CLEANER_CONTRACTS, CLEANER_STATUSES } from '../../../domain/countryside/staffing'
import { MOBILE_PHONE } from '../../../domain/places/sites'
import { shanghaiDay } from '../../../shared/time'
import { dayField } from '../../../shared/fields/dates'
import { fenField, wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { townField, villageField } from '../../../shared/fields/relations'
import { townScoped } from '../../../plugins/townScoping'
import { matches } from '../../../shared/fields/validate'
import { maskCleanerPhone, restaffAfterChange, restaffAfterDelete } from './hooks'
import { villageInTown } from '../../../hooks/villageInTown'
import { groups, t } from '../../../shared/i18n/labels'
import { cleanersExport } from './export'
import { cleanersImport } from './import'

/** The full phone: admins and the cleaner's own town; everyone else reads the masked copy. */
const adminsOrOwnTown: FieldAccess = ({ req, doc }) => {
  const user = currentUser(req)
  return hasRole(user, 'admin') || (hasRole(user, 'town-official') && (!doc || sameRef(doc.town, user!.town)))
}

/** 保洁员花名册: the village cleaners of each town, on duty or left. */
export const Cleaners: CollectionConfig = {
  slug: 'cleaners',
  labels: { singular: t('保洁员', 'Cleaner'), plural: t('保洁员花名册', 'Cleaners') },
  admin: {
    group: groups.rural,
    useAsTitle: 'name',
    defaultColumns: ['name', 'village', 'town', 'age', 'status', 'contractKind', 'basePayFen'],
    listSearchableFields: ['name', 'phoneMasked'],
  },
  // A cleaner leaves (status), and keeps the inspections and appraisals that name them: never deleted.
  // Town scoping's access (plugins/townScoping.ts), but nobody deletes a cleaner (they leave).
  access: { delete: nobody },
  custom: { ...townScoped(['operator']), export: cleanersExport, import: cleanersImport },
  hooks: {
    beforeChange: [villageInTown, maskCleanerPhone],
    afterChange: [restaffAfterChange],
    afterDelete: [restaffAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, index: true, label: t('姓名', 'Name') },
        townField(),
        villageField({ required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('birthDate', t('出生日期', 'Born'), { required: true }),
        {
          ...wholeNumber('age', t('年龄', 'Age'), { readOnly: true }),
          virtual: true,
          hooks: {
            afterRead: [
              ({ siblingData }) =>
                siblingData?.birthDate ? ageOn(String(siblingData.birthDate), shanghaiDay(new Date())) : null,
            ],
          },
        },
        {
          name: 'phone',
          type: 'text',
          label: t('手机号', 'Phone'),
          access: { read: adminsOrOwnTown },
          validate: matches(MOBILE_PHONE, 'INVALID_MOBILE'),
        },
        { name: 'phoneMasked', type: 'text', label: t('手机号（脱敏）', 'Phone (masked)'), admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('hiredOn', t('聘用日期', 'Hired on')),
        select('status', t('状态', 'Status'), CLEANER_STATUSES, {
          required: true,
          defaultValue: 'on-duty',
          index: true,
        }),
        dayField('leftOn', t('离岗日期', 'Left on'), {
          description: t(
            '不在岗时填写，按日期回看的配备情况据此计算',
            'When no longer on duty: staffing for a past date reads it',
          ),
        }),
        select('contractKind', t('用工方式', 'Contract'), CLEANER_CONTRACTS, {
          required: true,
          defaultValue: 'village',
        }),
        fenField('basePayFen', t('基本工资（月）', 'Base pay (month)')),
      ],
    },
  ],
}
