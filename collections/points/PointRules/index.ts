import type { GlobalConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { DEFAULT_RULES } from '../../../domain/points/points'
import { categoryField } from '../../../shared/fields/category'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { forgetCachedRules, nextRevision } from './hooks'
import { auditGlobal } from '../../../hooks/audit'
import { groups, t } from '../../../shared/i18n/labels'

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
  hooks: { beforeChange: [nextRevision], afterChange: [forgetCachedRules, auditGlobal] },
  fields: [
    {
      type: 'row',
      fields: [
        wholeNumber('revision', t('版本号', 'Revision'), {
          readOnly: true,
          description: t('每次保存自动加一', 'Goes up by one on every save'),
        }),
        momentField('effectiveFrom', t('生效时间', 'Effective from'), { required: true }),
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
            categoryField(),
            wholeNumber('pointsPerKg', t('每公斤积分', 'Points per kg'), { required: true, defaultValue: 0, min: 0 }),
            wholeNumber('pointsPerDrop', t('每次投放积分', 'Points per drop'), {
              required: true,
              defaultValue: 0,
              min: 0,
            }),
            wholeNumber('minGrams', t('最低计分重量（克）', 'Minimum weight (g)'), {
              required: true,
              defaultValue: 0,
              min: 0,
            }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        wholeNumber('dailyCap', t('每卡每日上限', 'Daily cap per card'), {
          required: true,
          defaultValue: DEFAULT_RULES.dailyCap,
          min: 0,
          description: t('0 表示不设上限', '0 = no cap'),
        }),
        wholeNumber('misSortPenalty', t('错投扣分', 'Mis-sort penalty'), {
          required: true,
          defaultValue: DEFAULT_RULES.misSortPenalty,
          min: 0,
        }),
        wholeNumber('pointsPerYuan', t('积分兑换比例（分/元）', 'Points per yuan'), {
          required: true,
          defaultValue: DEFAULT_RULES.pointsPerYuan,
          min: 1,
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        wholeNumber('expiryDays', t('积分有效期（天）', 'Expiry (days)'), {
          required: true,
          defaultValue: 0,
          min: 0,
          description: t('0 表示永久有效', '0 = never expire'),
        }),
        wholeNumber('followUpThreshold', t('回访积分阈值', 'Follow-up threshold'), {
          required: true,
          defaultValue: DEFAULT_RULES.followUpThreshold,
          description: t(
            '一个周期内获得积分不超过此值的卡列入回访',
            'Cards earning at most this many points in a period need a follow-up',
          ),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        wholeNumber('manualBackdateDays', t('人工补录最多追溯（天）', 'Manual entries: days back at most'), {
          required: true,
          defaultValue: DEFAULT_RULES.manualBackdateDays,
          min: 0,
          max: 31,
          description: t(
            '人工录入和上门回收的投放时间最早可早于现在多少天',
            'How far back a hand-entered or pickup drop may be dated',
          ),
        }),
        wholeNumber('deviceBacklogDays', t('设备补传最多追溯（天）', 'Device backlog: days back at most'), {
          required: true,
          defaultValue: DEFAULT_RULES.deviceBacklogDays,
          min: 0,
          max: 31,
          description: t(
            '设备离线期间积存的投放最多可补传多少天前的',
            'How far back a device may deliver drops it kept while offline',
          ),
        }),
      ],
    },
  ],
}
