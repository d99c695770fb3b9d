import type { CollectionConfig, RelationshipField } from 'payload'

import { admins } from '../../../shared/access/admins'
import { MIN_SHARE_PERCENT } from '../../../domain/assessment/spotChecks'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { actorField, relation, townField } from '../../../shared/fields/relations'
import { drawVillages } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 随机抽查: the district draws a random sample of a town's villages (≥ 10 %) for unannounced checks. The seed
 * is recorded, so the sample can be drawn again by anyone to see it was not picked. Admins only: an
 * unannounced check is not announced to the town.
 */
export const SpotChecks: CollectionConfig = {
  slug: 'spot-checks',
  labels: { singular: t('随机抽查', 'Spot check'), plural: t('随机抽查', 'Spot checks') },
  admin: { group: groups.assessment, defaultColumns: ['town', 'period', 'villages', 'drawnAt'] },
  access: { read: admins, create: admins, update: admins, delete: admins },
  disableDuplicate: true,
  hooks: { beforeChange: [drawVillages] },
  fields: [
    {
      type: 'row',
      fields: [
        townField(),
        { name: 'period', type: 'text', required: true, index: true, label: t('考核期', 'Period') },
        wholeNumber('sharePercent', t('抽查比例（%）', 'Share (%)'), {
          required: true,
          min: MIN_SHARE_PERCENT,
          max: 100,
          defaultValue: MIN_SHARE_PERCENT,
        }),
      ],
    },
    {
      ...relation('villages', 'villages', t('抽中的行政村（社区）', 'Villages drawn'), { readOnly: true }),
      hasMany: true,
    } as RelationshipField, // the factory types a single relation; this one holds many
    {
      type: 'row',
      fields: [
        { name: 'seed', type: 'text', label: t('随机种子', 'Seed'), admin: { readOnly: true } },
        actorField('drawnBy', t('抽取人', 'Drawn by')),
        momentField('drawnAt', t('抽取时间', 'Drawn at'), { readOnly: true }),
      ],
    },
    { name: 'findings', type: 'textarea', label: t('抽查情况', 'Findings') },
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: t('照片', 'Photos') },
  ],
}
