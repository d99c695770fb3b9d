import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { REPORT_PERIODS, REPORT_SECTIONS } from '../../../domain/metrics/reportPeriods'
import { dayField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { options } from '../../../shared/fields/options'
import { actorField } from '../../../shared/fields/relations'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 汇报下载记录: every download of the work report — who, when, the date, the period, the sections, the edited prose
 * and the file's SHA-256 — written by the server, never by hand, so a report sent can be produced again from the
 * same settings (“重新生成”) and checked against the one sent.
 */
export const ReportCopies: CollectionConfig = {
  slug: 'report-copies',
  labels: { singular: t('汇报下载记录', 'Report download'), plural: t('汇报下载记录', 'Report downloads') },
  admin: {
    group: groups.system,
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'date',
    defaultColumns: ['createdAt', 'date', 'period', 'sections', 'format', 'downloadedBy', 'again'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        dayField('date', t('汇报日期', 'Report date'), { required: true, readOnly: true }),
        {
          name: 'period',
          type: 'select',
          required: true,
          options: options(REPORT_PERIODS),
          label: t('比率统计期', 'Rates over'),
          admin: { readOnly: true },
        },
        {
          name: 'sections',
          type: 'select',
          required: true,
          options: options(REPORT_SECTIONS),
          label: t('范围', 'Sections'),
          admin: { readOnly: true },
        },
        {
          name: 'format',
          type: 'select',
          required: true,
          options: options({ docx: { zh: 'Word', en: 'Word' }, pdf: { zh: 'PDF', en: 'PDF' } }),
          label: t('格式', 'Format'),
          admin: { readOnly: true },
        },
      ],
    },
    actorField('downloadedBy', t('下载人', 'Downloaded by')),
    { name: 'prose', type: 'json', label: t('编辑后的文字段落', 'Edited prose'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'sha256', type: 'text', label: t('文件 SHA-256', 'File SHA-256'), admin: { readOnly: true } },
        wholeNumber('bytes', t('文件大小（字节）', 'Size (bytes)'), { readOnly: true }),
      ],
    },
    {
      name: 'again',
      type: 'ui',
      label: t('重新生成', 'Produce again'),
      admin: {
        components: {
          Field: '/app/(payload)/components/WorkReport#ReproduceCopy',
          Cell: '/app/(payload)/components/WorkReport#ReproduceCopyCell',
        },
      },
    },
  ],
}
