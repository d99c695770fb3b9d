import { holdsFiles } from '../../../shared/heldFiles'
import type { CollectionConfig, Field, FieldAccess, NumberField, SelectField } from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'

import { GRADES } from '../../../domain/assessment/method'
import { momentField } from '../../../shared/fields/dates'
import { jsonView } from '../../../shared/fields/json'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, relation, townField } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { townScoped } from '../../../plugins/townScoping'
import { assessmentWorkflow, tellAboutAssessment } from './hooks'
import { groups, t, type Label } from '../../../shared/i18n/labels'
import { assessmentsExport } from './export'

const LABELS = '/app/(payload)/components/Assessment'

/** The district's review is its own until it is finished: the town reads it once returned or approved. */
const reviewReadable: FieldAccess = ({ req, doc, data }) => {
  const user = currentUser(req)
  // Reads pass the document as `doc`; the admin's form state passes it as `data`.
  return hasRole(user, 'admin') || ['returned', 'approved'].includes(String((doc ?? data)?.status ?? ''))
}

/** Shown once the assessment exists (the items come from the method when it is first saved). */
const saved = (data: { id?: unknown } | undefined) => Boolean(data?.id)
/** The district's review: admins always; the town once it has been reviewed (returned or approved). */
const reviewShown = (data: { id?: unknown; status?: string } | undefined, _s: unknown, { user }: { user: unknown }) =>
  saved(data) &&
  ((user as { role?: string } | null)?.role === 'admin' || ['returned', 'approved'].includes(data?.status ?? ''))

export const ASSESSMENT_STATUSES = {
  draft: t('草稿', 'Draft'),
  submitted: t('已提交', 'Submitted'),
  returned: t('已退回', 'Returned'),
  approved: t('已审定', 'Approved'),
}

const score = (name: string, label: Label, readOnly = false): NumberField => ({
  name,
  type: 'number',
  label,
  min: 0,
  admin: { readOnly, step: 0.5 },
})
const evidence = (name: string, label: Label, required = false): Field => ({
  name,
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  required,
  label,
})

const statusField: SelectField = {
  ...select('status', t('状态', 'Status'), ASSESSMENT_STATUSES, {
    required: true,
    defaultValue: 'draft',
    index: true,
  }),
  // A town offers only its own steps (keep the draft, submit); the district its own.
  filterOptions: ({ options, req, data }) => {
    const role = (req.user as { role?: string } | null)?.role
    // The platform's own writes (seed, jobs) have no user and take every step.
    if (!role) return options
    const keep = [data?.status ?? 'draft']
    const steps = role === 'admin' ? ['returned', 'approved'] : ['submitted']
    return options.filter((o) => [...keep, ...steps].includes(typeof o === 'string' ? o : o.value))
  },
}

/**
 * 考核: a town's assessment for a period under a method. The town fills each item's self-score with
 * evidence and submits; the district reviews item by item (its score, findings with evidence), returns
 * with reasons or approves. Totals and the grade are computed; every state change is kept.
 */
export const Assessments: CollectionConfig = {
  slug: 'assessments',
  labels: { singular: t('考核', 'Assessment'), plural: t('镇（街道）考核', 'Town assessments') },
  admin: {
    group: groups.assessment,
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'selfTotal', 'total', 'grade', 'updatedAt'],
    listSearchableFields: ['title'],
  },
  // Submitted, its evidence is part of it: the files can no longer be replaced or deleted (shared/heldFiles.ts).
  custom: {
    ...townScoped([]),
    ...holdsFiles({ status: { not_in: ['draft', 'returned'] } }),
    export: assessmentsExport,
  },
  disableDuplicate: true,
  // The workflow's states decide who edits when (the town its draft, the district a submission): an open tab
  // on the other side must not lock the document for minutes.
  lockDocuments: false,
  hooks: { beforeChange: [assessmentWorkflow], afterChange: [tellAboutAssessment] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        townField(),
        {
          name: 'period',
          type: 'text',
          required: true,
          index: true,
          label: t('考核期', 'Period'),
          admin: { placeholder: '2026-Q3 / 2026-11' },
        },
        relation('assessment-methods', 'method', t('考评办法', 'Method'), { required: true }),
      ],
    },
    statusField,
    {
      name: 'items',
      type: 'array',
      label: t('考核项目', 'Items'),
      labels: { singular: t('项目', 'Item'), plural: t('项目', 'Items') },
      admin: {
        condition: saved,
        // Items come from the method: no adding or removing rows; folded, each reads as its scores.
        isSortable: false,
        initCollapsed: true,
        components: { RowLabel: `${LABELS}#ItemRowLabel` },
        description: t(
          '项目由考评办法生成；有数据来源的项目显示系统统计值和建议得分，差异请在说明中解释。',
          'Items come from the method; items measured from data show the figure and a suggested score — explain any difference in the note.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, label: t('代码', 'Key'), admin: { readOnly: true } },
            { name: 'name', type: 'text', label: t('项目', 'Item'), admin: { readOnly: true } },
            score('max', t('分值', 'Maximum'), true),
          ],
        },
        {
          type: 'row',
          fields: [
            score('measured', t('系统统计值', 'Measured'), true),
            score('suggested', t('建议得分', 'Suggested score'), true),
            { name: 'recordsLink', type: 'text', label: t('依据记录', 'Records'), admin: { readOnly: true } },
          ],
        },
        {
          type: 'row',
          fields: [
            score('selfScore', t('自评分', 'Self-score')),
            {
              ...score('reviewScore', t('审核评分', 'Review score')),
              access: { read: reviewReadable },
              admin: { step: 0.5, condition: reviewShown },
            },
          ],
        },
        { name: 'note', type: 'textarea', label: t('说明', 'Note') },
        evidence('evidence', t('佐证材料', 'Evidence')),
        {
          name: 'findings',
          type: 'array',
          label: t('扣分（抽查发现）', 'Findings (deductions)'),
          labels: { singular: t('扣分', 'Finding'), plural: t('扣分', 'Findings') },
          access: { read: reviewReadable },
          admin: { condition: reviewShown },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'text', type: 'text', required: true, label: t('问题', 'Finding') },
                score('deduction', t('扣分（空则按每处扣分）', 'Deduction (blank: the item’s)')),
              ],
            },
            evidence('evidence', t('证据', 'Evidence'), true),
          ],
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: saved },
      fields: [
        score('selfBonus', t('自评加分', 'Self bonus')),
        {
          ...score('reviewBonus', t('审核加分', 'Review bonus')),
          access: { read: reviewReadable },
          admin: { step: 0.5, condition: reviewShown },
        },
      ],
    },
    {
      name: 'returnReason',
      type: 'textarea',
      label: t('退回理由', 'Why returned'),
      access: { read: reviewReadable },
      admin: { condition: reviewShown },
    },
    {
      type: 'row',
      admin: { condition: saved },
      fields: [
        score('selfTotal', t('自评总分', 'Self total'), true),
        score('total', t('审定总分', 'Total'), true),
        select('grade', t('等次', 'Grade'), GRADES, { readOnly: true }),
        wholeNumber('sharePercent', t('奖补比例（%）', 'Subsidy share (%)'), { readOnly: true }),
      ],
    },
    {
      name: 'partScores',
      type: 'array',
      label: t('各部分得分', 'Score per part'),
      admin: {
        readOnly: true,
        condition: saved,
        initCollapsed: true,
        components: { RowLabel: `${LABELS}#PartRowLabel` },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text' },
            { name: 'name', type: 'text' },
            score('score', t('得分', 'Score')),
            score('max', t('满分', 'Maximum')),
          ],
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: saved },
      fields: [
        momentField('submittedAt', t('提交时间', 'Submitted'), { readOnly: true, sidebar: true }),
        momentField('approvedAt', t('审定时间', 'Approved'), { readOnly: true, sidebar: true }),
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: t('流转记录', 'History'),
      admin: {
        readOnly: true,
        condition: saved,
        initCollapsed: true,
        components: { RowLabel: `${LABELS}#HistoryRowLabel` },
      },
      fields: [
        {
          type: 'row',
          fields: [
            momentField('at', t('时间', 'When')),
            actorField('by', t('操作人', 'By')),
            select('from', t('原状态', 'From'), ASSESSMENT_STATUSES),
            select('to', t('新状态', 'To'), ASSESSMENT_STATUSES),
          ],
        },
        { name: 'note', type: 'text', label: t('说明', 'Note') },
      ],
    },
    // The method as it was when the assessment began (server-set; the form does not show it).
    (() => {
      const field = jsonView('methodSnapshot', t('考评办法（本次考核所用版本）', 'Method as used'))
      return { ...field, admin: { ...field.admin, readOnly: true, hidden: true } }
    })(),
  ],
}
