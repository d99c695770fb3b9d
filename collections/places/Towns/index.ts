import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { anyone } from '../../../shared/access/anyone'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { coverageOf } from '../../countryside'
import { groups, t } from '../../../shared/i18n/labels'

/** 镇 / 街道: the district's towns and sub-districts. Public: names appear on public pages. */
export const Towns: CollectionConfig = {
  slug: 'towns',
  labels: { singular: t('镇（街道）', 'Town'), plural: t('镇（街道）', 'Towns') },
  admin: {
    group: groups.areas,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'code', 'marketCoverage'],
    listSearchableFields: ['name', 'code'],
  },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: t('名称', 'Name') },
    select(
      'kind',
      t('类型', 'Kind'),
      { town: t('镇', 'Town'), subdistrict: t('街道', 'Sub-district') },
      { required: true, defaultValue: 'town' },
    ),
    { name: 'code', type: 'text', label: t('行政区划代码', 'Division code'), index: true },
    {
      type: 'row',
      fields: [
        wholeNumber('seatRoadMetres', t('镇区（镇政府驻地）道路长度（米）', 'Town-seat roads (metres)'), {
          min: 0,
          description: t('市场化覆盖率的分母之一', 'Part of the market-based coverage denominator'),
        }),
        wholeNumber('mainRoadMetres', t('镇区外主要道路长度（米）', 'Main roads outside the seat (metres)'), {
          min: 0,
        }),
      ],
    },
    { name: 'note', type: 'textarea', label: t('备注', 'Note') },
    {
      name: 'marketCoverage',
      type: 'number',
      virtual: true,
      label: t('市场化保洁覆盖率（%）', 'Market-based coverage (%)'),
      admin: {
        readOnly: true,
        description: t('按今天在履行的保洁合同计算', 'From the contracts running today'),
      },
      // Computed for a town read itself (depth 1), not for every town populated into a site, card or drop.
      hooks: {
        afterRead: [
          ({ data, req, currentDepth }) =>
            data?.id && (currentDepth ?? 1) <= 1 ? coverageOf(req, data.id) : undefined,
        ],
      },
    },
  ],
}
