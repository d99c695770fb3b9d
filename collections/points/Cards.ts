import type { CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../../access/nobody'
import { currentUser, hasRole } from '../../access/roles'
import { staff } from '../../access/staff'
import { maskPhone } from '../../domain/points/points'
import { groups, t } from '../../i18n/labels'

export const CARD_NUMBER = /^[A-Za-z0-9-]{4,32}$/

export const channelOptions = [
  { value: 'booth', label: t('设点发卡', 'Booth') },
  { value: 'event', label: t('活动发卡', 'Event') },
  { value: 'door-to-door', label: t('上门发卡', 'Door to door') },
  { value: 'other', label: t('其他', 'Other') },
]

export const holderKindOptions = [
  { value: 'household', label: t('居民家庭', 'Resident household') },
  { value: 'office', label: t('机关单位', 'Government office') },
]

/** The full phone number is for admins only: others read the masked copy (138****1234). */
const adminsOnly: FieldAccess = ({ req }) => hasRole(currentUser(req), 'admin')

const keepMaskedPhone: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const phone = data.phone === undefined ? originalDoc?.phone : data.phone
  data.phoneMasked = maskPhone(phone) ?? null
  return data
}

/**
 * 智能卡: a household's or an office's smart card. Its balance is read-only: it moves only
 * through the ledger. Cards are never deleted; a lost one is replaced (补卡) and keeps its history.
 */
export const Cards: CollectionConfig = {
  slug: 'cards',
  labels: { singular: t('智能卡', 'Smart card'), plural: t('智能卡', 'Smart cards') },
  admin: {
    group: groups.points,
    useAsTitle: 'cardNumber',
    defaultColumns: ['cardNumber', 'holderName', 'site', 'status', 'balance', 'issuedAt'],
    listSearchableFields: ['cardNumber', 'holderName', 'officeName'],
  },
  access: { read: staff, create: staff, update: staff, delete: nobody },
  hooks: { beforeChange: [keepMaskedPhone] },
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
          validate: (v: string | null | undefined) =>
            (typeof v === 'string' && CARD_NUMBER.test(v)) || '卡号为 4–32 位字母、数字或连字符 / 4–32 letters, digits or dashes',
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          index: true,
          label: t('状态', 'Status'),
          options: [
            { value: 'active', label: t('正常', 'Active') },
            { value: 'lost', label: t('挂失', 'Lost') },
            { value: 'cancelled', label: t('注销', 'Cancelled') },
          ],
        },
        {
          name: 'balance',
          type: 'number',
          defaultValue: 0,
          label: t('积分余额', 'Balance'),
          access: { create: () => false, update: () => false },
          admin: { readOnly: true, description: t('只随积分流水变动', 'Moves only through the ledger') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'holderKind', type: 'select', required: true, defaultValue: 'household', options: holderKindOptions, label: t('持卡类型', 'Holder') },
        { name: 'holderName', type: 'text', label: t('持卡人', 'Holder name') },
        {
          name: 'phone',
          type: 'text',
          label: t('手机号', 'Phone'),
          access: { read: adminsOnly, update: adminsOnly },
          validate: (v: string | null | undefined) => !v || /^1\d{10}$/.test(v) || '手机号为 11 位数字 / 11-digit mobile number',
        },
        {
          name: 'phoneMasked',
          type: 'text',
          label: t('手机号（脱敏）', 'Phone (masked)'),
          admin: { readOnly: true },
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
    { name: 'officeName', type: 'text', label: t('单位名称', 'Office'), admin: { condition: (_, s) => s?.holderKind === 'office' } },
    {
      type: 'row',
      fields: [
        { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: t('所属场所', 'Site') },
        { name: 'channel', type: 'select', required: true, defaultValue: 'booth', options: channelOptions, label: t('发卡方式', 'Issued via') },
        { name: 'issuedAt', type: 'date', required: true, defaultValue: () => new Date().toISOString(), label: t('发卡时间', 'Issued at'), index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'replaces', type: 'relationship', relationTo: 'cards', label: t('补办自', 'Replaces'), admin: { readOnly: true } },
        { name: 'replacedBy', type: 'relationship', relationTo: 'cards', label: t('已补办为', 'Replaced by'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'entries',
      type: 'join',
      collection: 'point-entries',
      on: 'card',
      label: t('积分流水', 'Ledger'),
      defaultSort: '-createdAt',
      defaultLimit: 20,
      admin: { defaultColumns: ['createdAt', 'delta', 'reason', 'balanceAfter', 'note'] },
    },
    {
      name: 'drops',
      type: 'join',
      collection: 'drop-offs',
      on: 'card',
      label: t('投放记录', 'Drop-offs'),
      defaultSort: '-occurredAt',
      defaultLimit: 20,
      admin: { defaultColumns: ['occurredAt', 'category', 'grams', 'points', 'outcome'] },
    },
  ],
}
