import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { adminsOnlyVersions, adminsOrPublished } from '../../../shared/access/published'
import { CAMPAIGN_AREAS, CAMPAIGN_KINDS, COVERAGE_KINDS } from '../../../domain/publicity/kinds'
import { dayField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { publicImages, webLink } from '../fields'
import { relation } from '../../../shared/fields/relations'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 宣传活动: a campaign — large event, training, site visit, school activity… — with its report (rich
 * text and photos) and the media that covered it. Drafts, versions and scheduled publishing: the
 * public sees only what is published.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: t('宣传活动', 'Campaign'), plural: t('宣传活动', 'Campaigns') },
  admin: {
    group: groups.publicity,
    // The district's work: others read what is published on the public site, not in their menu.
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'place', '_status'],
    listSearchableFields: ['title', 'place', 'organisers'],
  },
  defaultSort: '-date',
  access: { read: adminsOrPublished, readVersions: adminsOnlyVersions, create: admins, update: admins, delete: admins },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: t('标题', 'Title') },
    {
      type: 'row',
      fields: [
        select('kind', t('活动类型', 'Kind'), CAMPAIGN_KINDS, { required: true, index: true }),
        {
          ...dayField('date', t('活动日期', 'Date'), { required: true, index: true }),
          defaultValue: () => new Date().toISOString(),
        },
        wholeNumber('attendance', t('参与人数', 'Attendance'), { min: 0 }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'place', type: 'text', label: t('地点', 'Place') },
        relation('sites', 'site', t('试点场所', 'Site'), {
          description: t('启动仪式须选择举行的场所', 'A launch ceremony names the site that held it'),
        }),
        select('area', t('工作范围', 'Area'), CAMPAIGN_AREAS, { defaultValue: 'district' }),
      ],
    },
    { name: 'organisers', type: 'text', label: t('主办 / 承办单位', 'Organisers') },
    { name: 'summary', type: 'textarea', maxLength: 300, label: t('摘要', 'Summary') },
    { name: 'body', type: 'richText', label: t('正文', 'Report') },
    publicImages('photos', t('活动照片', 'Photos')),
    {
      name: 'coverage',
      type: 'array',
      label: t('媒体报道', 'Media coverage'),
      labels: { singular: t('报道', 'Report'), plural: t('媒体报道', 'Media coverage') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'outlet', type: 'text', required: true, label: t('媒体', 'Outlet') },
            select('kind', t('类型', 'Kind'), COVERAGE_KINDS, { required: true }),
            dayField('date', t('日期', 'Date')),
          ],
        },
        {
          type: 'row',
          fields: [{ name: 'title', type: 'text', required: true, label: t('报道标题', 'Title') }, webLink('link')],
        },
      ],
    },
  ],
}
