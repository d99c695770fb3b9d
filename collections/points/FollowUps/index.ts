import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { followUpCandidatesEndpoint } from './endpoints/candidates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { cardField, relation } from '../../../shared/fields/relations'
import { oneOpenPerCard, titleFollowUp } from './hooks'
import { titleField } from '../../../shared/fields/title'
import { dayField, momentField } from '../../../shared/fields/dates'
import { groups, t } from '../../../shared/i18n/labels'

/** 回访: calls and visits to households with few or negative points. */
export const FollowUps: CollectionConfig = {
  slug: 'follow-ups',
  labels: { singular: t('回访', 'Follow-up'), plural: t('回访', 'Follow-ups') },
  admin: {
    group: groups.points,
    defaultColumns: ['card', 'status', 'periodFrom', 'periodTo', 'pointsInPeriod', 'updatedAt'],
    useAsTitle: 'title',
    listSearchableFields: ['title'],
    components: { beforeListTable: ['/app/(payload)/components/FollowUps#FollowUpCandidates'] },
  },
  access: { read: staff, create: staff, update: staff, delete: admins },
  hooks: { beforeChange: [oneOpenPerCard, titleFollowUp] },
  endpoints: [followUpCandidatesEndpoint],
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        cardField(),
        select(
          'status',
          t('状态', 'Status'),
          { open: t('跟进中', 'Open'), closed: t('已结束', 'Closed') },
          { required: true, defaultValue: 'open', index: true },
        ),
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('periodFrom', t('统计开始', 'Period from')),
        dayField('periodTo', t('统计结束', 'Period to')),
        wholeNumber('pointsInPeriod', t('周期内积分', 'Points in period')),
      ],
    },
    {
      name: 'contacts',
      type: 'array',
      label: t('回访记录', 'Contacts'),
      labels: { singular: t('回访', 'Contact'), plural: t('回访', 'Contacts') },
      fields: [
        {
          type: 'row',
          fields: [
            momentField('at', t('时间', 'When'), { required: true }),
            relation('users', 'by', t('回访人', 'By')),
            select(
              'method',
              t('方式', 'How'),
              { phone: t('电话', 'Phone'), visit: t('上门', 'Visit') },
              { required: true, defaultValue: 'phone' },
            ),
          ],
        },
        { name: 'outcome', type: 'textarea', required: true, label: t('结果', 'Outcome') },
        { name: 'nextStep', type: 'text', label: t('下一步', 'Next step') },
      ],
    },
  ],
}
