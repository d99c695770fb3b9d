import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { ownTown } from '../../../shared/access/ownTown'
import { GRADES } from '../../../domain/assessment/method'
import { computePayoutsEndpoint } from './endpoints/compute'
import { dayField, momentField } from '../../../shared/fields/dates'
import { fenField, wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, relation, townField } from '../../../shared/fields/relations'
import { payoutSteps, tellAboutPayout } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'
import { subsidyPayoutsExport } from './export'

/**
 * 奖补资金: each town's subsidy for a closed period, computed by the payout job from the approved
 * assessments and the method's subsidy shape (never typed); admins approve and mark it paid; a town
 * reads its own.
 */
export const SubsidyPayouts: CollectionConfig = {
  slug: 'subsidy-payouts',
  // The list's Excel export (the house rules add the button and the endpoint).
  custom: { export: subsidyPayoutsExport },
  labels: { singular: t('奖补资金', 'Subsidy payout'), plural: t('奖补资金', 'Subsidy payouts') },
  admin: {
    group: groups.assessment,
    defaultColumns: ['period', 'town', 'rank', 'total', 'grade', 'amountFen', 'status'],
    description: t(
      '各镇（街道）考核全部审定后计算；同一考核期只计算一次，审批前可填写原因重算（原数据保留在重算记录中）。',
      'Computed once every town’s assessment for the period is approved; once per period, or recomputed with a reason before approval (the earlier figures kept).',
    ),
    components: { beforeListTable: ['/app/(payload)/components/Payouts#ComputePayouts'] },
  },
  access: { read: ownTown([]), create: nobody, update: admins, delete: nobody },
  disableDuplicate: true,
  defaultSort: '-period',
  indexes: [{ fields: ['town', 'period'], unique: true }],
  endpoints: [computePayoutsEndpoint],
  hooks: { beforeChange: [payoutSteps], afterChange: [tellAboutPayout] },
  fields: [
    {
      type: 'row',
      fields: [
        townField({ readOnly: true }),
        {
          name: 'period',
          type: 'text',
          required: true,
          index: true,
          label: t('考核期', 'Period'),
          admin: { readOnly: true },
        },
        relation('assessments', 'assessment', t('考核', 'Assessment'), { readOnly: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        wholeNumber('rank', t('排名', 'Rank'), { readOnly: true }),
        { name: 'total', type: 'number', label: t('总分', 'Total'), admin: { readOnly: true } },
        select('grade', t('等次', 'Grade'), GRADES, { readOnly: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        fenField('baseFen', t('基数', 'Base'), { readOnly: true }),
        fenField('heldFen', t('预留', 'Held back'), { readOnly: true }),
        fenField('amountFen', t('奖补金额', 'Amount'), { readOnly: true }),
      ],
    },
    select(
      'status',
      t('状态', 'Status'),
      { computed: t('已计算', 'Computed'), approved: t('已审批', 'Approved'), paid: t('已拨付', 'Paid') },
      { required: true, defaultValue: 'computed', index: true },
    ),
    {
      type: 'row',
      fields: [
        dayField('paidOn', t('拨付日期', 'Paid on')),
        { name: 'voucher', type: 'text', label: t('凭证号', 'Voucher number') },
      ],
    },
    actorField('approvedBy', t('审批人', 'Approved by'), { sidebar: true }),
    momentField('approvedAt', t('审批时间', 'Approved at'), { readOnly: true, sidebar: true }),
    {
      name: 'history',
      type: 'array',
      label: t('重算记录', 'Recomputations'),
      labels: { singular: t('重算', 'Recomputation'), plural: t('重算记录', 'Recomputations') },
      admin: { readOnly: true, condition: (data) => Boolean(data?.history?.length) },
      fields: [
        {
          type: 'row',
          fields: [
            momentField('at', t('重算时间', 'When'), { readOnly: true }),
            actorField('by', t('重算人', 'By')),
            { name: 'reason', type: 'text', label: t('原因', 'Reason'), admin: { readOnly: true } },
          ],
        },
        {
          type: 'row',
          fields: [
            wholeNumber('rank', t('原排名', 'Earlier rank'), { readOnly: true }),
            { name: 'total', type: 'number', label: t('原总分', 'Earlier total'), admin: { readOnly: true } },
            fenField('amountFen', t('原金额', 'Earlier amount'), { readOnly: true }),
          ],
        },
      ],
    },
  ],
}
