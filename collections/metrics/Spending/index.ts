import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { PAYERS, SPENDING_AREAS, SPENDING_PURPOSES } from '../../../domain/metrics/spending'
import { dayField } from '../../../shared/fields/dates'
import { fenField } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { siteField } from '../../../shared/fields/relations'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 投入资金台账: every payment into the programme — who paid (government, the operator, others), what for
 * (equipment, the operator's service fees, cards, publicity, subsidies), in fen, on which day, against which
 * contract or invoice. The work report's “共投入政府资金X万元” is the government's rows of its scope up to the
 * report's date, broken down by purpose. District administrators only: money and contracts.
 */
export const Spending: CollectionConfig = {
  slug: 'spending',
  labels: { singular: t('投入资金', 'Spending'), plural: t('投入资金台账', 'Spending ledger') },
  admin: {
    group: groups.system,
    hidden: ({ user }) => user?.role !== 'admin',
    useAsTitle: 'document',
    defaultColumns: ['day', 'area', 'payer', 'purpose', 'amountFen', 'document', 'site'],
    listSearchableFields: ['document', 'note'],
  },
  defaultSort: '-day',
  access: { read: admins, create: admins, update: admins, delete: admins },
  fields: [
    {
      type: 'row',
      fields: [
        dayField('day', t('支付日期', 'Paid on'), { required: true, index: true }),
        select('area', t('范围', 'Area'), SPENDING_AREAS, { required: true, index: true }),
        siteField({ required: false, label: t('试点场所（可选）', 'Site (optional)') }),
      ],
    },
    {
      type: 'row',
      fields: [
        select('payer', t('出资方', 'Paid by'), PAYERS, { required: true, defaultValue: 'government', index: true }),
        select('purpose', t('用途', 'Purpose'), SPENDING_PURPOSES, { required: true, index: true }),
        fenField('amountFen', t('金额', 'Amount'), { required: true, min: 1 }),
      ],
    },
    {
      name: 'document',
      type: 'text',
      required: true,
      maxLength: 120,
      label: t('依据（合同 / 发票号）', 'Document (contract or invoice)'),
    },
    { name: 'note', type: 'textarea', maxLength: 500, label: t('说明', 'Note') },
  ],
}
