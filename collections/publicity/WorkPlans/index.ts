import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { adminsOnlyVersions, adminsOrPublicPlans } from '../../../shared/access/published'
import { PLAN_STATUSES } from '../../../domain/publicity/kinds'
import { dayField, momentField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { actorField, onceSaved } from '../../../shared/fields/relations'
import { planWorkflow, publishAttachments } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 工作方案 / 政策文件: a work plan in sections. Draft → consultation (征求意见稿: the public comments per
 * section until `consultationEnds`) → approved by the district government (who, when: the server's) →
 * issued, with the close-out table of every shown comment. Every save is a version; the admin's
 * Versions tab compares any two.
 */
export const WorkPlans: CollectionConfig = {
  slug: 'work-plans',
  labels: { singular: t('工作方案', 'Work plan'), plural: t('工作方案与政策', 'Work plans & policies') },
  admin: {
    group: groups.publicity,
    // The district's work: others read what is published on the public site, not in their menu.
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'title',
    defaultColumns: ['title', 'number', 'status', 'consultationEnds', 'issuedAt'],
    listSearchableFields: ['title', 'number', 'issuingBody'],
  },
  access: {
    read: adminsOrPublicPlans,
    readVersions: adminsOnlyVersions,
    create: admins,
    update: admins,
    delete: admins,
  },
  versions: { maxPerDoc: 100 },
  hooks: { beforeChange: [planWorkflow], afterChange: [publishAttachments] },
  fields: [
    { name: 'title', type: 'text', required: true, label: t('标题', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', label: t('文号', 'Document number') },
        { name: 'issuingBody', type: 'text', label: t('印发单位', 'Issuing body'), defaultValue: '区人民政府办公室' },
      ],
    },
    {
      type: 'row',
      fields: [
        select('status', t('状态', 'Status'), PLAN_STATUSES, { required: true, defaultValue: 'draft', index: true }),
        momentField('consultationEnds', t('征求意见截止', 'Consultation closes'), {
          description: t('进入“征求意见”前须填写', 'Required before the consultation opens'),
        }),
      ],
    },
    dayField('dueBy', t('计划出台时间', 'Due to be issued by'), {
      description: t(
        '工作汇报“下一步工作安排”写作“在X月底前出台”',
        'The work report says “to be issued by the end of …”',
      ),
    }),
    { name: 'summary', type: 'textarea', label: t('说明', 'Summary') },
    {
      name: 'sections',
      type: 'array',
      required: true,
      minRows: 1,
      label: t('正文（分章节）', 'Sections'),
      labels: { singular: t('章节', 'Section'), plural: t('章节', 'Sections') },
      admin: { components: { RowLabel: '/app/(payload)/components/Publicity#SectionRowLabel' } },
      fields: [
        { name: 'heading', type: 'text', required: true, label: t('章节标题', 'Heading') },
        { name: 'body', type: 'textarea', required: true, label: t('内容', 'Text') },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'materials',
      hasMany: true,
      label: t('附件', 'Attachments'),
      filterOptions: { kind: { equals: 'attachment' } },
      admin: {
        description: t(
          '上传时类型选“文件附件”；方案公开时附件随之公开',
          'Upload as kind “Document attachment”; public with the plan',
        ),
      },
    },
    onceSaved({
      name: 'comments',
      type: 'join',
      collection: 'plan-comments',
      on: 'plan',
      label: t('公众意见与办理情况', 'Public comments and close-out'),
      admin: { defaultColumns: ['sectionHeading', 'text', 'status', 'outcome'] },
    }),
    dayField('approvedOn', t('区政府审定日期', 'Approved by the government on'), {
      sidebar: true,
      description: t('如常务会议日期；不填则为记录审定的当天', 'E.g. the executive meeting; today when left empty'),
    }),
    actorField('approvedBy', t('审定记录人', 'Approval recorded by'), { sidebar: true }),
    momentField('approvedAt', t('审定记录时间', 'Approval recorded at'), { readOnly: true, sidebar: true }),
    momentField('issuedAt', t('印发时间', 'Issued at'), { readOnly: true, sidebar: true }),
  ],
}
