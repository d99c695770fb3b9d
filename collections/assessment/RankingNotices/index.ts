import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { adminsOnlyVersions, adminsOrPublishedStatus } from '../../../shared/access/published'
import { momentField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { noticeDocumentEndpoint } from './endpoints/docx'
import { generateNotice } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 考核通报: for a period, the table generated from the approved assessments — towns ranked, each part's
 * score beside the average, the grade, the subsidy — with editable prose before and after it.
 */
export const RankingNotices: CollectionConfig = {
  slug: 'ranking-notices',
  labels: { singular: t('考核通报', 'Ranking notice'), plural: t('考核通报', 'Ranking notices') },
  admin: {
    group: groups.assessment,
    useAsTitle: 'title',
    defaultColumns: ['title', 'period', 'status', 'publishedAt'],
  },
  // A draft is the district's; a published notice is public (the public site shows it with its table).
  access: {
    read: adminsOrPublishedStatus,
    readVersions: adminsOnlyVersions,
    create: admins,
    update: admins,
    delete: admins,
  },
  versions: { maxPerDoc: 50 },
  hooks: { beforeChange: [generateNotice] },
  endpoints: [noticeDocumentEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'period', type: 'text', required: true, unique: true, label: t('考核期', 'Period') },
        { name: 'title', type: 'text', label: t('标题', 'Title') },
      ],
    },
    {
      name: 'intro',
      type: 'textarea',
      label: t('正文（表前）', 'Text before the table'),
      defaultValue:
        '为深入推进农村生活垃圾治理，根据《农村生活垃圾治理考评办法》，区城管局组织对各镇（街道）进行了考核。现将考核结果通报如下：',
    },
    {
      name: 'table',
      type: 'json',
      label: t('考核结果表', 'Results'),
      admin: { readOnly: true, components: { Field: '/app/(payload)/components/Notice#NoticeTableField' } },
    },
    {
      name: 'closing',
      type: 'textarea',
      label: t('正文（表后）', 'Text after the table'),
      defaultValue: '请各镇（街道）对照考核中发现的问题，认真整改，确保农村生活垃圾治理工作取得实效。',
    },
    {
      name: 'download',
      type: 'ui',
      label: t('下载', 'Download'),
      admin: {
        condition: (data) => Boolean(data?.id),
        components: { Field: '/app/(payload)/components/Notice#NoticeDownload' },
      },
    },
    select(
      'status',
      t('状态', 'Status'),
      { draft: t('草稿', 'Draft'), published: t('已发布', 'Published') },
      { required: true, defaultValue: 'draft' },
    ),
    momentField('publishedAt', t('发布时间', 'Published at'), { readOnly: true, sidebar: true }),
  ],
}
