import type { GlobalConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { authenticated } from '../../../shared/access/authenticated'
import { DEFAULT_CLEANER_AGE_LIMIT, DEFAULT_STAFFING_RATIO } from '../../../domain/countryside/staffing'
import { wholeNumber } from '../../../shared/fields/numbers'
import { restaffAllVillages } from './hooks'
import { auditGlobal } from '../../../hooks/audit'
import { groups, t } from '../../../shared/i18n/labels'

/** 农村保洁设置: the staffing ratio and the age limit the district applies to village cleaners. */
export const CountrysideSettings: GlobalConfig = {
  slug: 'countryside-settings',
  label: t('农村保洁设置', 'Countryside settings'),
  admin: { group: groups.rural },
  access: { read: authenticated, update: admins },
  hooks: { afterChange: [restaffAllVillages, auditGlobal] },
  fields: [
    {
      type: 'row',
      fields: [
        wholeNumber('staffingRatio', t('配备比例（每名保洁员服务户籍人口）', 'Residents per cleaner'), {
          required: true,
          min: 1,
          max: 5000,
          defaultValue: DEFAULT_STAFFING_RATIO,
        }),
        wholeNumber('cleanerAgeLimit', t('保洁员年龄上限（岁）', 'Cleaner age limit (years)'), {
          required: true,
          min: 16,
          max: 80,
          defaultValue: DEFAULT_CLEANER_AGE_LIMIT,
        }),
      ],
    },
  ],
}
