import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { FULL_WHEN } from '../../../domain/operations/forecast'
import { CATEGORIES, categoryLabels } from '../../../domain/points/points'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 满溢预测 — the operator's collection plan: each compartment's fill now, its fill rate by weekday, when it will
 * be full (today, tomorrow, in two days), and a flag when it fills while card drop-offs stay flat. Recomputed
 * every hour by the scheduler (npm run job fill-forecast); nobody edits it.
 */
export const FillForecasts: CollectionConfig = {
  slug: 'fill-forecasts',
  labels: {
    singular: t('满溢预测', 'Fill forecast'),
    plural: t('满溢预测（收运计划）', 'Fill forecast (collection plan)'),
  },
  admin: {
    group: groups.operations,
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', 'fillPercent', 'fullWhen', 'fullAt', 'cardless'],
    components: {
      beforeListTable: [
        {
          path: '/app/(payload)/components/QuickFilter#QuickFilter',
          clientProps: {
            slug: 'fill-forecasts',
            where: 'where[fullWhen][in]=today,tomorrow,in-two-days',
            id: 'full-soon',
            all: t('全部箱格', 'All compartments'),
            only: t('只看三天内将满（收运计划）', 'Full within three days (the collection plan)'),
          },
        },
      ],
    },
  },
  defaultSort: 'fullAt',
  disableDuplicate: true,
  access: { read: staffOrOwnTown('site'), create: nobody, update: nobody, delete: nobody },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        relation('bins', 'bin', t('设备', 'Bin'), { required: true, index: true, readOnly: true }),
        relation('sites', 'site', t('场所', 'Site'), { index: true, readOnly: true }),
        wholeNumber('compartment', t('箱格', 'Compartment'), { readOnly: true }),
        select(
          'category',
          t('类别', 'Category'),
          CATEGORIES.map((c) => ({ value: c, label: categoryLabels[c] })),
          { readOnly: true },
        ),
      ],
    },
    {
      type: 'row',
      fields: [
        wholeNumber('fillPercent', t('当前满溢度 %', 'Fill now %'), { readOnly: true }),
        select('fullWhen', t('预计满箱', 'Full'), FULL_WHEN, { readOnly: true, index: true }),
        momentField('fullAt', t('预计满箱时间', 'Full at'), { readOnly: true, index: true }),
      ],
    },
    {
      name: 'weekdayRates',
      type: 'text',
      label: t('各星期日均上升（百分点/小时）', 'Fill rate by weekday (points per hour)'),
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cardless',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: t('疑似无卡投放', 'Filling without cards'),
          admin: { readOnly: true },
        },
        { name: 'cardlessReason', type: 'text', label: t('依据', 'Why'), admin: { readOnly: true } },
      ],
    },
    momentField('computedAt', t('计算时间', 'Computed at'), { readOnly: true, sidebar: true }),
  ],
}
