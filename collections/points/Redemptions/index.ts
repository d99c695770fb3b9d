import type { CollectionConfig, Where } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { momentField } from '../../../shared/fields/dates'
import { idempotencyKeyField } from '../../../shared/fields/idempotencyKey'
import { titleField } from '../../../shared/fields/title'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { refId } from '../../../shared/refs'
import { cardField, relation } from '../../../shared/fields/relations'
import { checkRedemptionChange, settleRedemption } from './hooks'
import { refuseDelete } from '../../../hooks/appendOnly'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 兑换记录: a card spends points on a reward. Balance and stock are checked and taken in one
 * transaction; cancelling gives both back through the ledger.
 */
export const Redemptions: CollectionConfig = {
  slug: 'redemptions',
  labels: { singular: t('兑换记录', 'Redemption'), plural: t('兑换记录', 'Redemptions') },
  admin: {
    group: groups.points,
    useAsTitle: 'title',
    listSearchableFields: ['title', 'note'],
    defaultColumns: ['createdAt', 'card', 'reward', 'quantity', 'points', 'channel', 'status'],
  },
  defaultSort: '-createdAt',
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staffOrOwnTown('card.site'), create: staff, update: staff, delete: nobody },
  hooks: { beforeChange: [checkRedemptionChange], afterChange: [settleRedemption], beforeDelete: [refuseDelete] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        cardField(),
        relation('rewards', 'reward', t('商品', 'Reward'), {
          required: true,
          // Only what this card's holder may take and what is on offer; honours are awarded, never redeemed.
          filterOptions: async ({ data, req }) => {
            const card = data?.card
              ? await req.payload.findByID({
                  collection: 'cards',
                  id: refId(data.card)!,
                  depth: 0,
                  req,
                  disableErrors: true,
                })
              : null
            const audiences = card
              ? ['both', card.holderKind === 'office' ? 'offices' : 'residents']
              : ['both', 'residents', 'offices']
            const where: Where = {
              and: [
                { audience: { in: audiences } },
                { active: { not_equals: false } },
                { kind: { not_equals: 'honour' } },
              ],
            }
            return where
          },
        }),
        wholeNumber('quantity', t('数量', 'Quantity'), { required: true, defaultValue: 1, min: 1 }),
      ],
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/app/(payload)/components/Counter#RedemptionPreview' } },
    },
    {
      type: 'row',
      fields: [
        wholeNumber('points', t('消耗积分', 'Points'), { readOnly: true }),
        select(
          'channel',
          t('兑换渠道', 'Channel'),
          {
            counter: t('兑换点柜台', 'Counter'),
            'gift-machine': t('礼品兑换机', 'Gift machine'),
            'property-office': t('物业办公室', 'Property office'),
          },
          { required: true, defaultValue: 'counter' },
        ),
        select(
          'status',
          t('状态', 'Status'),
          { completed: t('已完成', 'Completed'), cancelled: t('已撤销', 'Cancelled') },
          { required: true, defaultValue: 'completed' },
        ),
      ],
    },
    momentField('cancelledAt', t('撤销时间', 'Cancelled at'), { readOnly: true, sidebar: true }),
    idempotencyKeyField(),
    { name: 'note', type: 'textarea', label: t('备注', 'Note') },
  ],
}
