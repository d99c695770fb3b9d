import type { GlobalConfig } from 'payload'

import { admins } from '../../access/admins'
import { staff } from '../../access/staff'
import { categoryOptions, DEFAULT_RULES } from '../../domain/points/points'
import { badRequest } from '../../hooks/shared/errors'
import { groups, t } from '../../i18n/labels'
import { forgetRules } from '../../services/points/rules'

const wholeNonNegative = (v: number | null | undefined) =>
  v === null || v === undefined || (Number.isInteger(v) && v >= 0) || '必须是非负整数 / must be a whole number ≥ 0'

/**
 * 积分规则: rules are data, edited by admins and versioned. Each save gets the next revision;
 * a change applies from its effective time, and every drop and ledger entry records the
 * revision it was computed with.
 */
export const PointRules: GlobalConfig = {
  slug: 'point-rules',
  label: t('积分规则', 'Point rules'),
  admin: { group: groups.points },
  access: { read: staff, update: admins, readVersions: staff },
  versions: { max: 200 },
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
        const seen = new Set<string>()
        for (const row of (data.categories ?? []) as { category: string }[]) {
          if (seen.has(row.category)) {
            throw badRequest('DUPLICATE_CATEGORY', `类别重复：${row.category}。Each category appears once.`)
          }
          seen.add(row.category)
        }
        data.revision = ((originalDoc?.revision as number | undefined) ?? 0) + 1
        if (!data.effectiveFrom) data.effectiveFrom = new Date().toISOString()
        return data
      },
    ],
    afterChange: [() => forgetRules()],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'revision',
          type: 'number',
          label: t('版本号', 'Revision'),
          admin: { readOnly: true, description: t('每次保存自动加一', 'Goes up by one on every save') },
        },
        {
          name: 'effectiveFrom',
          type: 'date',
          required: true,
          label: t('生效时间', 'Effective from'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'categories',
      type: 'array',
      label: t('分类计分', 'Points per category'),
      labels: { singular: t('类别', 'Category'), plural: t('类别', 'Categories') },
      defaultValue: DEFAULT_RULES.categories,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'category', type: 'select', required: true, options: categoryOptions, label: t('类别', 'Category') },
            { name: 'pointsPerKg', type: 'number', required: true, defaultValue: 0, validate: wholeNonNegative, label: t('每公斤积分', 'Points per kg') },
            { name: 'pointsPerDrop', type: 'number', required: true, defaultValue: 0, validate: wholeNonNegative, label: t('每次投放积分', 'Points per drop') },
            { name: 'minGrams', type: 'number', required: true, defaultValue: 0, validate: wholeNonNegative, label: t('最低计分重量（克）', 'Minimum weight (g)') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'dailyCap', type: 'number', required: true, defaultValue: DEFAULT_RULES.dailyCap, validate: wholeNonNegative, label: t('每卡每日上限', 'Daily cap per card'), admin: { description: t('0 表示不设上限', '0 = no cap') } },
        { name: 'misSortPenalty', type: 'number', required: true, defaultValue: DEFAULT_RULES.misSortPenalty, validate: wholeNonNegative, label: t('错投扣分', 'Mis-sort penalty') },
        { name: 'pointsPerYuan', type: 'number', required: true, defaultValue: DEFAULT_RULES.pointsPerYuan, min: 1, validate: wholeNonNegative, label: t('积分兑换比例（分/元）', 'Points per yuan') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'expiryDays', type: 'number', required: true, defaultValue: 0, validate: wholeNonNegative, label: t('积分有效期（天）', 'Expiry (days)'), admin: { description: t('0 表示永久有效', '0 = never expire') } },
        { name: 'followUpThreshold', type: 'number', required: true, defaultValue: DEFAULT_RULES.followUpThreshold, label: t('回访积分阈值', 'Follow-up threshold'), admin: { description: t('一个周期内获得积分不超过此值的卡列入回访', 'Cards earning at most this many points in a period need a follow-up') } },
      ],
    },
  ],
}
