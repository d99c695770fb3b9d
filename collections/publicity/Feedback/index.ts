import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staffOnlyField } from '../../../shared/access/published'
import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { FEEDBACK_STATUSES } from '../../../domain/publicity/kinds'
import { momentField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { answerFeedback } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 意见征集: a resident's note about a site, sent from the public site; staff answer; the resident reads the answer by reference. */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: t('群众意见', 'Feedback'), plural: t('群众意见', 'Feedback') },
  admin: {
    group: groups.publicity,
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'site', 'text', 'status', 'createdAt'],
    listSearchableFields: ['reference', 'text'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: staff, create: nobody, update: staff, delete: admins },
  hooks: { beforeChange: [answerFeedback] },
  fields: [
    { name: 'reference', type: 'text', index: true, label: t('编号', 'Reference'), admin: { readOnly: true } },
    relation('sites', 'site', t('投放点', 'Site'), { index: true, readOnly: true }),
    { name: 'text', type: 'textarea', required: true, label: t('意见内容', 'Note'), admin: { readOnly: true } },
    {
      name: 'contact',
      type: 'text',
      label: t('联系方式（不公开）', 'Contact (never shown)'),
      access: { read: staffOnlyField },
      admin: { readOnly: true },
    },
    select('status', t('状态', 'Status'), FEEDBACK_STATUSES, { required: true, defaultValue: 'open', index: true }),
    { name: 'answer', type: 'textarea', label: t('答复', 'Answer') },
    actorField('answeredBy', t('答复人', 'Answered by'), { sidebar: true }),
    momentField('answeredAt', t('答复时间', 'Answered at'), { readOnly: true, sidebar: true }),
    { name: 'client', type: 'text', hidden: true },
  ],
}
