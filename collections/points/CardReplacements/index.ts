import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { select } from '../../../shared/fields/options'
import { relation } from '../../../shared/fields/relations'
import { checkReplacement, replaceCard } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/** 挂失补卡: reports a card lost, issues the replacement and moves the balance via the ledger. */
export const CardReplacements: CollectionConfig = {
  slug: 'card-replacements',
  labels: { singular: t('挂失补卡', 'Card replacement'), plural: t('挂失补卡', 'Card replacements') },
  admin: {
    group: groups.points,
    useAsTitle: 'newCardNumber',
    defaultColumns: ['oldCard', 'newCardNumber', 'movedPoints', 'reason', 'createdAt'],
  },
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staff, create: staff, update: nobody, delete: nobody },
  hooks: { beforeChange: [checkReplacement], afterChange: [replaceCard] },
  fields: [
    relation('cards', 'oldCard', t('原卡', 'Old card'), { required: true }),
    { name: 'newCardNumber', type: 'text', required: true, label: t('新卡号', 'New card number') },
    select(
      'reason',
      t('原因', 'Reason'),
      { lost: t('遗失', 'Lost'), damaged: t('损坏', 'Damaged') },
      { required: true, defaultValue: 'lost' },
    ),
    { name: 'note', type: 'textarea', label: t('备注', 'Note') },
    relation('cards', 'newCard', t('新卡', 'New card'), { readOnly: true }),
    { name: 'movedPoints', type: 'number', label: t('转移积分', 'Points moved'), admin: { readOnly: true } },
  ],
}
