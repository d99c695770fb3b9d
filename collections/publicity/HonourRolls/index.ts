import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { adminsOrPublishedStatus } from '../../../shared/access/published'
import { ROLL_STATUSES } from '../../../domain/publicity/kinds'
import { momentField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { rankMonth } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 光荣榜 / 流动红旗: a month's ranking of government offices by participation and accuracy, computed from
 * the records while it waits for the admin's confirmation; publishing freezes it and hands the mobile
 * red flag to the top office.
 */
export const HonourRolls: CollectionConfig = {
  slug: 'honour-rolls',
  labels: { singular: t('光荣榜', 'Honour roll'), plural: t('光荣榜（流动红旗）', 'Honour rolls') },
  admin: {
    group: groups.publicity,
    // The district's work: others read what is published on the public site, not in their menu.
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'month',
    defaultColumns: ['month', 'flagHolder', 'status', 'publishedAt'],
  },
  defaultSort: '-month',
  access: { read: adminsOrPublishedStatus, create: admins, update: admins, delete: admins },
  hooks: { beforeChange: [rankMonth] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'month',
          type: 'text',
          required: true,
          unique: true,
          label: t('月份', 'Month'),
          admin: { placeholder: '2026-11', description: t('格式 yyyy-MM', 'As yyyy-MM') },
        },
        {
          ...select('status', t('状态', 'Status'), ROLL_STATUSES, { required: true, defaultValue: 'draft' }),
          admin: {
            description: t(
              '发布后排名冻结、流动红旗移交，不能撤回',
              'Publishing freezes the ranking and hands on the flag; it cannot be undone',
            ),
          },
        },
      ],
    },
    {
      name: 'rows',
      type: 'json',
      label: t('排名（由记录计算）', 'Ranking (computed from the records)'),
      admin: { readOnly: true, components: { Field: '/app/(payload)/components/Publicity#RollTableField' } },
    },
    relation('sites', 'flagHolder', t('流动红旗', 'Red flag holder'), { readOnly: true }),
    relation('sites', 'previousHolder', t('上月红旗', 'Previous holder'), { readOnly: true }),
    { name: 'remarks', type: 'textarea', label: t('说明', 'Remarks') },
    actorField('confirmedBy', t('确认人', 'Confirmed by'), { sidebar: true }),
    momentField('publishedAt', t('发布时间', 'Published at'), { readOnly: true, sidebar: true }),
  ],
}
