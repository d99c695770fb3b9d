import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { adminsOnlyField, adminsOrShownComments } from '../../../shared/access/published'
import { COMMENT_OUTCOMES, COMMENT_STATUSES } from '../../../domain/publicity/kinds'
import { momentField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { moderateComment } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 公众意见: a comment on one section of a consultation draft, sent from the public site. Held until an
 * admin shows it (or hides it with a reason); before the plan is issued each shown comment is closed
 * out — adopted, partly adopted or not adopted with a reason. The contact is never shown.
 */
export const PlanComments: CollectionConfig = {
  slug: 'plan-comments',
  labels: { singular: t('公众意见', 'Public comment'), plural: t('公众意见', 'Public comments') },
  admin: {
    group: groups.publicity,
    // The district's work: others read what is published on the public site, not in their menu.
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'title',
    defaultColumns: ['title', 'plan', 'status', 'outcome', 'createdAt'],
    listSearchableFields: ['text', 'name'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  // Sent only through the public form (`POST /api/public/comments`): rate-limited, spam-trapped, while open.
  access: { read: adminsOrShownComments, create: nobody, update: admins, delete: admins },
  hooks: { beforeChange: [moderateComment] },
  fields: [
    titleField(),
    relation('work-plans', 'plan', t('工作方案', 'Work plan'), { required: true, index: true, readOnly: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'section',
          type: 'text',
          required: true,
          label: t('章节编号', 'Section id'),
          admin: { readOnly: true },
        },
        { name: 'sectionHeading', type: 'text', label: t('章节', 'Section'), admin: { readOnly: true } },
      ],
    },
    { name: 'name', type: 'text', label: t('署名（可不填）', 'Name (optional)'), admin: { readOnly: true } },
    {
      name: 'contact',
      type: 'text',
      label: t('联系方式（不公开）', 'Contact (never shown)'),
      access: { read: adminsOnlyField },
      admin: { readOnly: true },
    },
    { name: 'text', type: 'textarea', required: true, label: t('意见内容', 'Comment'), admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        select('status', t('审核', 'Moderation'), COMMENT_STATUSES, {
          required: true,
          defaultValue: 'pending',
          index: true,
        }),
        {
          name: 'hiddenReason',
          type: 'text',
          label: t('隐藏原因', 'Reason for hiding'),
          admin: { condition: (_, s) => s?.status === 'hidden' },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (_, s) => s?.status === 'approved' },
      fields: [
        select('outcome', t('办理结果（印发前填写）', 'Outcome (before issuing)'), COMMENT_OUTCOMES),
        { name: 'outcomeReason', type: 'text', label: t('理由 / 说明', 'Reason') },
      ],
    },
    actorField('moderatedBy', t('审核人', 'Moderated by'), { sidebar: true }),
    momentField('moderatedAt', t('审核时间', 'Moderated at'), { readOnly: true, sidebar: true }),
    { name: 'client', type: 'text', hidden: true, index: true },
  ],
}
