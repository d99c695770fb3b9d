import type { CollectionConfig, NumberField } from 'payload'

import { admins } from '../../../shared/access/admins'
import { authenticated } from '../../../shared/access/authenticated'
import { DEFAULT_METHOD, GRADES, MEASURES, PERIOD_KINDS, SUBSIDY_SHAPES } from '../../../domain/assessment/method'
import { fenField, wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { townField } from '../../../shared/fields/relations'
import { checkMethod } from './hooks'
import { groups, t, type Label } from '../../../shared/i18n/labels'

/** A score: a number with at most one decimal (the method's rule checks the decimals). */
const points = (name: string, label: Label, o: { required?: boolean; defaultValue?: number } = {}): NumberField => ({
  name,
  type: 'number',
  label,
  min: 0,
  required: o.required ?? true,
  ...(o.defaultValue !== undefined ? { defaultValue: o.defaultValue } : {}),
})

/**
 * 考评办法: the method towns are assessed under — parts of scored items, a bonus, tiers, the subsidy's
 * shape and each town's base. Data, versioned: every save is kept, and each assessment keeps a copy of
 * the method as it was when the assessment began.
 */
export const AssessmentMethods: CollectionConfig = {
  slug: 'assessment-methods',
  labels: { singular: t('考评办法', 'Assessment method'), plural: t('考评办法', 'Assessment methods') },
  admin: {
    group: groups.assessment,
    useAsTitle: 'name',
    defaultColumns: ['name', 'version', 'periodKind', 'subsidy', 'updatedAt'],
  },
  access: { read: authenticated, create: admins, update: admins, delete: admins },
  versions: { maxPerDoc: 100 },
  hooks: { beforeChange: [checkMethod] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: t('名称', 'Name') },
        wholeNumber('version', t('版本号', 'Version'), { readOnly: true }),
        select('periodKind', t('考核周期', 'Period'), PERIOD_KINDS, { required: true, defaultValue: 'quarter' }),
      ],
    },
    {
      name: 'parts',
      type: 'array',
      label: t('考核内容', 'Parts'),
      labels: { singular: t('部分', 'Part'), plural: t('部分', 'Parts') },
      defaultValue: DEFAULT_METHOD.parts,
      required: true,
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, label: t('代码', 'Key') },
            { name: 'name', type: 'text', required: true, label: t('名称', 'Name') },
          ],
        },
        {
          name: 'items',
          type: 'array',
          label: t('考核项目', 'Items'),
          labels: { singular: t('项目', 'Item'), plural: t('项目', 'Items') },
          required: true,
          minRows: 1,
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'key', type: 'text', required: true, label: t('代码', 'Key') },
                { name: 'name', type: 'text', required: true, label: t('名称', 'Name') },
                select('measure', t('数据来源', 'Measured by'), MEASURES),
              ],
            },
            {
              type: 'row',
              fields: [
                points('max', t('分值', 'Maximum')),
                points('deductionPerFinding', t('每处扣分', 'Deduction per finding')),
                points('cap', t('最多扣分', 'Deduction cap')),
              ],
            },
          ],
        },
      ],
    },
    points('bonusMax', t('加分上限', 'Bonus maximum'), { defaultValue: DEFAULT_METHOD.bonusMax }),
    {
      name: 'tiers',
      type: 'array',
      label: t('档次', 'Tiers'),
      labels: { singular: t('档次', 'Tier'), plural: t('档次', 'Tiers') },
      defaultValue: DEFAULT_METHOD.tiers,
      required: true,
      minRows: 1,
      admin: {
        description: t(
          '每档从“起”（含）到“止”（不含，最高档含）；各档须首尾相接、覆盖 0 到满分。',
          'Each tier runs from “from” (inclusive) to “to” (exclusive; the top tier includes it); together they cover 0 to the highest total without gaps or overlaps.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            points('from', t('起', 'From')),
            points('to', t('止', 'To')),
            select('grade', t('等次', 'Grade'), GRADES, { required: true }),
            wholeNumber('sharePercent', t('奖补比例（%）', 'Subsidy share (%)'), { required: true, min: 0, max: 100 }),
          ],
        },
      ],
    },
    select('subsidy', t('奖补方式', 'Subsidy shape'), SUBSIDY_SHAPES, { required: true, defaultValue: 'by-tier' }),
    {
      name: 'pool',
      type: 'group',
      label: t('考核资金池', 'Held-back pool'),
      admin: { condition: (_, sibling) => sibling?.subsidy === 'pool' },
      fields: [
        {
          type: 'row',
          fields: [
            wholeNumber('holdPercent', t('预留比例（%）', 'Held back (%)'), { min: 1, max: 100, defaultValue: 20 }),
            wholeNumber('lastForfeitPercent', t('末位扣减（% 预留额）', 'Last-ranked lose (% of held)'), {
              min: 0,
              max: 100,
              defaultValue: 100,
            }),
            wholeNumber('toFirstPercent', t('奖给第一名（%）', 'To the first (%)'), {
              min: 0,
              max: 100,
              defaultValue: 100,
            }),
            wholeNumber('toOthersPercent', t('分给其他镇（%）', 'To the others (%)'), {
              min: 0,
              max: 100,
              defaultValue: 0,
            }),
          ],
        },
      ],
    },
    {
      name: 'bases',
      type: 'array',
      label: t('各镇奖补基数（每期）', 'Base per town and period'),
      labels: { singular: t('基数', 'Base'), plural: t('基数', 'Bases') },
      fields: [{ type: 'row', fields: [townField(), fenField('baseFen', t('基数', 'Base'), { required: true })] }],
    },
  ],
}
