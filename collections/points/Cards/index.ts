import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { currentUser, hasRole } from '../../../shared/roles'
import { staff } from '../../../shared/access/staff'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { CARD_NUMBER, CARD_STATUSES, CHANNELS, HOLDER_KINDS } from '../../../domain/points/cards'
import { MOBILE_PHONE } from '../../../domain/places/sites'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { relation, siteField } from '../../../shared/fields/relations'
import { keepMaskedPhone, recountMovedCard } from './hooks'
import { matches } from '../../../shared/fields/validate'
import { groups, t } from '../../../shared/i18n/labels'
import { cardsExport } from './export'
import { cardsImport } from './import'

/** The full phone number is for admins only: others read the masked copy (138****1234). */
const adminsOnly: FieldAccess = ({ req }) => hasRole(currentUser(req), 'admin')

/**
 * 智能卡: a household's or an office's smart card. Its balance is read-only: it moves only
 * through the ledger. Cards are never deleted; a lost one is replaced (补卡) and keeps its history.
 */
export const Cards: CollectionConfig = {
  slug: 'cards',
  // The list's Excel export and import (the house rules add the buttons and the endpoints).
  custom: { export: cardsExport, import: cardsImport },
  labels: { singular: t('智能卡', 'Smart card'), plural: t('智能卡', 'Smart cards') },
  admin: {
    group: groups.points,
    useAsTitle: 'label',
    defaultColumns: ['cardNumber', 'holderName', 'site', 'status', 'balance', 'issuedAt'],
    // Found by number, holder, office or the last four digits of the phone.
    listSearchableFields: ['cardNumber', 'holderName', 'officeName', 'phoneLast4', 'label'],
    // The list reads only its columns: a page of cards without each card's ledger and drops (measured at 100 k
    // cards and 1 M drops: 6 s with them, 0.05 s without).
    enableListViewSelectAPI: true,
  },
  access: { read: staffOrOwnTown('site'), create: staff, update: staff, delete: nobody },
  hooks: { beforeChange: [keepMaskedPhone], afterChange: [recountMovedCard] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'cardNumber',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: t('卡号', 'Card number'),
          validate: matches(CARD_NUMBER, 'INVALID_CARD_NUMBER', { required: true }),
        },
        select('status', t('状态', 'Status'), CARD_STATUSES, { required: true, defaultValue: 'active', index: true }),
        {
          name: 'balance',
          type: 'number',
          defaultValue: 0,
          label: t('积分余额', 'Balance'),
          admin: { readOnly: true, description: t('只随积分流水变动', 'Moves only through the ledger') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        select('holderKind', t('持卡类型', 'Holder'), HOLDER_KINDS, { required: true, defaultValue: 'household' }),
        { name: 'holderName', type: 'text', label: t('持卡人', 'Holder name') },
        {
          name: 'phone',
          type: 'text',
          label: t('手机号', 'Phone'),
          // Read: admins only. Anyone else naming it in an update is refused, whatever the value (hooks/serverFields.ts).
          access: { read: adminsOnly },
          validate: matches(MOBILE_PHONE, 'INVALID_MOBILE'),
        },
        { name: 'phoneMasked', type: 'text', label: t('手机号（脱敏）', 'Phone (masked)'), admin: { readOnly: true } },
        {
          name: 'phoneLast4',
          type: 'text',
          index: true,
          label: t('手机尾号', 'Phone, last 4'),
          admin: { readOnly: true, hidden: true },
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (_, s) => s?.holderKind !== 'office' },
      fields: [
        { name: 'building', type: 'text', label: t('楼栋', 'Building') },
        { name: 'unit', type: 'text', label: t('单元', 'Unit') },
        { name: 'room', type: 'text', label: t('房号', 'Room') },
      ],
    },
    {
      name: 'officeName',
      type: 'text',
      label: t('单位名称', 'Office'),
      admin: { condition: (_, s) => s?.holderKind === 'office' },
    },
    {
      type: 'row',
      fields: [
        siteField({ label: t('所属场所', 'Site') }),
        select('channel', t('发卡方式', 'Issued via'), CHANNELS, { required: true, defaultValue: 'booth' }),
        {
          ...momentField('issuedAt', t('发卡时间', 'Issued at'), { required: true, index: true }),
          defaultValue: () => new Date().toISOString(),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        relation('cards', 'replaces', t('补办自', 'Replaces'), { readOnly: true }),
        relation('cards', 'replacedBy', t('已补办为', 'Replaced by'), { readOnly: true }),
      ],
    },
    { name: 'label', type: 'text', index: true, label: t('卡片', 'Card'), admin: { readOnly: true, hidden: true } },
    wholeNumber('ledgerSeq', t('流水序号', 'Ledger number'), { readOnly: true, defaultValue: 0, sidebar: true }),
    {
      name: 'entries',
      type: 'join',
      collection: 'point-entries',
      on: 'card',
      label: t('积分流水', 'Ledger'),
      // In the order they happened: each entry's number on this card, so 变动后余额 runs without jumps.
      defaultSort: '-seq',
      defaultLimit: 20,
      admin: { defaultColumns: ['seq', 'at', 'delta', 'reason', 'balanceAfter', 'note'] },
    },
    {
      name: 'drops',
      type: 'join',
      collection: 'drop-offs',
      on: 'card',
      label: t('投放记录', 'Drop-offs'),
      defaultSort: '-occurredAt',
      defaultLimit: 20,
      admin: { defaultColumns: ['occurredAt', 'category', 'grams', 'points', 'outcome', 'source'] },
    },
  ],
}
