import type { CollectionConfig } from 'payload'

import { SHIFTS } from '../../../domain/operations/collection'
import { DISCLOSURE_STALE_DAYS, disclosureStale, SITE_KINDS } from '../../../domain/places/sites'
import { dayField } from '../../../shared/fields/dates'
import { coordinatesRow } from '../../../shared/fields/coordinates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { options, select } from '../../../shared/fields/options'
import { complaintPhoneField, contactPhoneField } from '../../../shared/fields/phone'
import { townField, villageField } from '../../../shared/fields/relations'
import { townScoped } from '../../../plugins/townScoping'
import { adminOnlyFields } from '../../../hooks/adminOnlyFields'
import { villageInTown } from '../../../hooks/villageInTown'
import { groups, t } from '../../../shared/i18n/labels'

/** 试点场所: where sorting runs — offices, compounds, schools, streets, villages, bases. */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: t('试点场所', 'Site'), plural: t('试点场所', 'Sites') },
  admin: {
    group: groups.areas,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'town', 'village', 'sortedCollection', 'households', 'disclosureStale'],
    listSearchableFields: ['name', 'address', 'contactName'],
    components: { beforeListTable: ['/app/(payload)/components/Publicity#StaleDisclosureFilter'] },
  },
  custom: townScoped(['operator', 'base-editor']),
  hooks: {
    beforeChange: [
      villageInTown,
      adminOnlyFields([
        { name: 'urbanPilot', label: t('城区生活垃圾分类试点', 'Urban sorting pilot'), onCreate: true },
        { name: 'pilotSince', label: t('纳入试点日期', 'In the pilot since'), onCreate: true },
      ]),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: t('名称', 'Name') },
    select('kind', t('类型', 'Kind'), SITE_KINDS, { required: true }),
    {
      type: 'row',
      fields: [townField(), villageField()],
    },
    { name: 'address', type: 'text', label: t('地址', 'Address') },
    coordinatesRow(),
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', label: t('联系人', 'Contact name') },
        contactPhoneField('contactPhone', t('联系电话', 'Contact phone')),
      ],
    },
    {
      name: 'sortedCollection',
      type: 'checkbox',
      defaultValue: false,
      label: t('开展分类收运', 'Runs sorted collection'),
    },
    {
      name: 'expectedShifts',
      type: 'select',
      hasMany: true,
      options: options(SHIFTS),
      label: t('应收运班次', 'Expected collection shifts'),
      admin: { description: t('漏收由系统按此提醒', 'Missed runs are noticed against this') },
    },
    wholeNumber('households', t('户数 / 人数', 'Households or staff'), {
      min: 0,
      description: t('小区填户数，机关、学校填人数', 'Households for a compound, staff for an office or school'),
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'urbanPilot',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: t('城区生活垃圾分类试点', 'Urban sorting pilot'),
          admin: {
            description: t(
              '工作汇报“城区生活垃圾分类情况”只统计标记为试点的场所',
              "The work report's urban section counts only the sites marked as the pilot",
            ),
          },
        },
        dayField('pilotSince', t('纳入试点日期', 'In the pilot since'), {
          description: t('最早的日期即试点启动时间', 'The earliest is when the pilot began'),
        }),
      ],
    },
    {
      type: 'collapsible',
      label: t('信息公开（投放点公示）', 'Public disclosure'),
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'dropOffTimes',
              type: 'text',
              label: t('投放时间', 'Drop-off times'),
              admin: { placeholder: '7:00–9:00，18:00–20:00' },
            },
            {
              name: 'collectionFrequency',
              type: 'text',
              label: t('收运频次', 'Collection'),
              admin: { placeholder: '每日两次' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'personInCharge', type: 'text', label: t('责任人', 'Person in charge') },
            complaintPhoneField('complaintPhone', t('监督电话', 'Complaint phone')),
            dayField('disclosureConfirmedAt', t('公示信息核实日期', 'Disclosure confirmed on'), {
              description: t(
                `超过 ${DISCLOSURE_STALE_DAYS} 天未核实即标为过期`,
                `Stale after ${DISCLOSURE_STALE_DAYS} days unconfirmed`,
              ),
            }),
          ],
        },
        {
          name: 'disclosureStale',
          type: 'checkbox',
          virtual: true,
          label: t('公示过期', 'Disclosure stale'),
          admin: { readOnly: true },
          hooks: { afterRead: [({ siblingData }) => disclosureStale(siblingData?.disclosureConfirmedAt, new Date())] },
        },
      ],
    },
  ],
}
