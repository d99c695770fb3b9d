import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { staff } from '../../access/staff'
import { categoryOptions } from '../../domain/points/points'
import { issueSecret, revealSecretOnce } from '../../hooks/devices/bins'
import { groups, t } from '../../i18n/labels'
import { rotateSecretEndpoint } from '../../endpoints/devices/rotateSecret'

export const binKinds = [
  { value: 'recyclables-4', label: t('四分类可回收箱', 'Four-category recyclables box') },
  { value: 'hazardous', label: t('有害垃圾箱', 'Hazardous-waste box') },
  { value: 'two-category', label: t('两分类箱', 'Two-category box') },
  { value: 'gift-machine', label: t('礼品兑换机', 'Gift-redemption machine') },
]

/**
 * 智能设备: smart bins and gift machines. Each has a device secret for signing its requests:
 * generated at registration, returned once (`newSecret` in the save response), stored sealed
 * where no API can read it, and rotated by ticking 「重新生成密钥」 (the old one stops working).
 */
export const Bins: CollectionConfig = {
  slug: 'bins',
  labels: { singular: t('智能设备', 'Smart bin'), plural: t('智能设备', 'Smart bins') },
  admin: {
    group: groups.devices,
    useAsTitle: 'deviceId',
    defaultColumns: ['deviceId', 'kind', 'site', 'status', 'lastSeenAt', 'firmware'],
    listSearchableFields: ['deviceId', 'vendor', 'model'],
  },
  access: { read: staff, create: admins, update: staff, delete: admins },
  hooks: { beforeChange: [issueSecret], afterChange: [revealSecretOnce] },
  endpoints: [rotateSecretEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'deviceId', type: 'text', required: true, unique: true, index: true, label: t('设备编号', 'Device id'), validate: (v: string | null | undefined) => (typeof v === 'string' && /^[A-Za-z0-9_-]{3,64}$/.test(v)) || '3–64 位字母、数字、- 或 _ / 3–64 letters, digits, - or _' },
        { name: 'kind', type: 'select', required: true, options: binKinds, label: t('类型', 'Kind') },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'offline',
          index: true,
          label: t('状态', 'Status'),
          options: [
            { value: 'online', label: t('在线', 'Online') },
            { value: 'offline', label: t('离线', 'Offline') },
            { value: 'full', label: t('满箱', 'Full') },
            { value: 'fault', label: t('故障', 'Fault') },
            { value: 'disabled', label: t('停用', 'Disabled') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'vendor', type: 'text', label: t('厂商', 'Vendor') },
        { name: 'model', type: 'text', label: t('型号', 'Model') },
        { name: 'firmware', type: 'text', label: t('固件版本', 'Firmware') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: t('场所', 'Site') },
        { name: 'latitude', type: 'number', min: -90, max: 90, label: t('纬度', 'Latitude') },
        { name: 'longitude', type: 'number', min: -180, max: 180, label: t('经度', 'Longitude') },
      ],
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'both',
      label: t('服务对象', 'Serves'),
      options: [
        { value: 'residents', label: t('居民', 'Residents') },
        { value: 'offices', label: t('机关单位', 'Offices') },
        { value: 'both', label: t('均可', 'Both') },
      ],
    },
    {
      name: 'compartments',
      type: 'array',
      label: t('箱格', 'Compartments'),
      labels: { singular: t('箱格', 'Compartment'), plural: t('箱格', 'Compartments') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'number', required: true, min: 1, max: 32, label: t('编号', 'No.') },
            { name: 'category', type: 'select', required: true, options: categoryOptions, label: t('类别', 'Category') },
            { name: 'capacityLitres', type: 'number', min: 0, label: t('容量（升）', 'Capacity (L)') },
            { name: 'fillPercent', type: 'number', min: 0, max: 100, label: t('满溢度 %', 'Fill %'), admin: { readOnly: true } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'lastSeenAt', type: 'date', index: true, label: t('最后通信', 'Last seen'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'commissionedAt', type: 'date', label: t('投用日期', 'Commissioned') },
        { name: 'costFen', type: 'number', min: 0, label: t('购置费用（分）', 'Purchase cost (fen)'), validate: (v: number | null | undefined) => v === null || v === undefined || (Number.isInteger(v) && v >= 0) || '整数分 / whole fen' },
      ],
    },
    {
      name: 'telemetry',
      type: 'json',
      label: t('最近心跳', 'Last heartbeat'),
      admin: { readOnly: true },
    },
    {
      name: 'rotateSecret',
      type: 'checkbox',
      defaultValue: false,
      label: t('重新生成设备密钥（保存后显示一次，旧密钥立即失效）', 'Rotate the device secret (shown once; the old one stops working)'),
      access: { update: ({ req }) => req.user?.role === 'admin' },
    },
    { name: 'secretRotatedAt', type: 'date', label: t('密钥生成时间', 'Secret issued'), admin: { readOnly: true, position: 'sidebar' } },
    { name: 'secretSealed', type: 'text', hidden: true },
  ],
}
