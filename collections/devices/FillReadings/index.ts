import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { relation } from '../../../shared/fields/relations'
import { groups, t } from '../../../shared/i18n/labels'

/** 满溢度记录: every fill level a bin reported, per compartment — the history the fill forecast learns from. */
export const FillReadings: CollectionConfig = {
  slug: 'fill-readings',
  labels: { singular: t('满溢度记录', 'Fill reading'), plural: t('满溢度记录', 'Fill readings') },
  admin: { group: groups.devices, defaultColumns: ['at', 'bin', 'compartment', 'percent'] },
  defaultSort: '-at',
  disableDuplicate: true,
  access: { read: staffOrOwnTown('bin.site'), create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['bin', 'at'] }],
  fields: [
    relation('bins', 'bin', t('设备', 'Bin'), { required: true, index: true, readOnly: true }),
    wholeNumber('compartment', t('箱格', 'Compartment'), { required: true, readOnly: true }),
    wholeNumber('percent', t('满溢度 %', 'Fill %'), { required: true, readOnly: true, min: 0, max: 100 }),
    momentField('at', t('上报时间', 'Reported at'), { required: true, index: true, readOnly: true }),
  ],
}
