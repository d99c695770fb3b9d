import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { SHIFTS, TRUCKS } from '../../../domain/operations/collection'
import { dayField, momentField } from '../../../shared/fields/dates'
import { gramsField } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { stampRun } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 收运记录: a run — day, shift, truck, the sites it served, what it carried, where it went. */
export const CollectionRuns: CollectionConfig = {
  slug: 'collection-runs',
  labels: { singular: t('收运记录', 'Collection run'), plural: t('收运记录', 'Collection runs') },
  admin: {
    group: groups.operations,
    useAsTitle: 'title',
    defaultColumns: ['title', 'day', 'shift', 'truck', 'grams', 'destination'],
  },
  defaultSort: '-day',
  access: { read: staff, create: staff, update: staff, delete: admins },
  hooks: { beforeChange: [stampRun] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        {
          ...dayField('day', t('日期', 'Day'), { required: true, index: true }),
          defaultValue: () => new Date().toISOString(),
        },
        select('shift', t('班次', 'Shift'), SHIFTS, { required: true, index: true }),
        select('truck', t('车辆', 'Truck'), TRUCKS, { required: true }),
      ],
    },
    {
      name: 'sites',
      type: 'relationship',
      relationTo: 'sites',
      hasMany: true,
      required: true,
      label: t('收运点', 'Sites served'),
    },
    {
      type: 'row',
      fields: [
        gramsField('grams', t('收运量', 'Carried'), { required: true, min: 1 }),
        relation('facilities', 'destination', t('去向', 'Destination'), { required: true }),
      ],
    },
    momentField('recordedAt', t('记录时间', 'Recorded at'), { readOnly: true, sidebar: true }),
    actorField('recordedBy', t('记录人', 'Recorded by'), { sidebar: true }),
  ],
}

/** 漏收: a site's expected run that did not happen, found by the scheduler; one per site, day and shift. */
export const MissedCollections: CollectionConfig = {
  slug: 'missed-collections',
  labels: { singular: t('漏收提醒', 'Missed collection'), plural: t('漏收提醒', 'Missed collections') },
  admin: {
    group: groups.operations,
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', 'day', 'shift', 'resolved'],
  },
  defaultSort: '-day',
  // Written by the scheduler only; the staff mark them dealt with.
  access: { read: staff, create: nobody, update: staff, delete: admins },
  indexes: [{ fields: ['site', 'day', 'shift'], unique: true }],
  fields: [
    titleField(),
    relation('sites', 'site', t('场所', 'Site'), { required: true, index: true, readOnly: true }),
    { ...dayField('day', t('日期', 'Day'), { required: true, index: true }), admin: { readOnly: true } },
    select('shift', t('班次', 'Shift'), SHIFTS, { required: true, readOnly: true }),
    { name: 'resolved', type: 'checkbox', defaultValue: false, label: t('已处理', 'Dealt with') },
    { name: 'note', type: 'textarea', label: t('处理说明', 'What was done') },
  ],
}
