import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { BIN_KINDS, BIN_STATUSES } from '../../../domain/devices/bins'
import { AUDIENCES } from '../../../domain/shared/audience'
import { rotateSecretEndpoint } from './endpoints/rotateSecret'
import { categoryField } from '../../../shared/fields/category'
import { coordinatesRow } from '../../../shared/fields/coordinates'
import { jsonView } from '../../../shared/fields/json'
import { dayField, momentField } from '../../../shared/fields/dates'
import { fenField, wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { relation, siteField } from '../../../shared/fields/relations'
import { adminOnlyFields } from '../../../hooks/adminOnlyFields'
import { guardBinState, issueSecret, revealSecretOnce } from './hooks'
import { matches } from '../../../shared/fields/validate'
import { groups, t } from '../../../shared/i18n/labels'

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
    defaultColumns: ['deviceId', 'kind', 'site', 'status', 'lastSeenAt', 'compartments', 'openAlerts', 'attention'],
    listSearchableFields: ['deviceId', 'vendor', 'model', 'attention'],
    components: {
      beforeListTable: [
        {
          path: '/app/(payload)/components/QuickFilter#QuickFilter',
          clientProps: {
            slug: 'bins',
            where: 'where[needsAttention][equals]=true',
            id: 'needs-attention',
            all: t('全部设备', 'All bins'),
            only: t(
              '只看需处理（离线、满溢 ≥ 80%、有告警）',
              'Needs attention only (offline, ≥ 80 % full, open alerts)',
            ),
          },
        },
      ],
    },
  },
  access: { read: staffOrOwnTown('site'), create: admins, update: staff, delete: admins },
  hooks: {
    // What a bin's secret reaches is the district's decision: whose cards (its site, the sites it also serves), what
    // it may report (its kind: a pickup scale writes pickups), who it is and since when.
    beforeChange: [
      adminOnlyFields([
        { name: 'servesSites', label: t('也服务于', 'Also serves') },
        { name: 'site', label: t('场所', 'Site') },
        { name: 'kind', label: t('类型', 'Kind') },
        { name: 'deviceId', label: t('设备编号', 'Device id') },
        { name: 'commissionedAt', label: t('启用时间', 'Commissioned') },
      ]),
      guardBinState,
      issueSecret,
    ],
    afterChange: [revealSecretOnce],
  },
  endpoints: [rotateSecretEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'deviceId',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: t('设备编号', 'Device id'),
          validate: matches(/^[A-Za-z0-9_-]{3,64}$/, 'INVALID_DEVICE_ID', { required: true }),
        },
        select('kind', t('类型', 'Kind'), BIN_KINDS, { required: true }),
        {
          ...select('status', t('状态', 'Status'), BIN_STATUSES, {
            required: true,
            defaultValue: 'offline',
            index: true,
          }),
          admin: { components: { Cell: '/app/(payload)/components/Bins#BinStatusCell' } },
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
    siteField(),
    relation('sites', 'servesSites', t('也服务于（其他投放点的卡）', 'Also serves (cards of other sites)'), {
      hasMany: true,
      description: t(
        '设备只认本投放点的卡；管理员在此列出允许共用本设备的其他投放点。',
        'A bin takes only the cards of its own site; an administrator lists here the other sites that may share it.',
      ),
    }),
    coordinatesRow(),
    select('audience', t('服务对象', 'Serves'), AUDIENCES, { required: true, defaultValue: 'both' }),
    {
      name: 'compartments',
      type: 'array',
      label: t('箱格', 'Compartments'),
      admin: { components: { Cell: '/app/(payload)/components/Bins#CompartmentsCell' } },
      labels: { singular: t('箱格', 'Compartment'), plural: t('箱格', 'Compartments') },
      fields: [
        {
          type: 'row',
          fields: [
            wholeNumber('number', t('编号', 'No.'), { required: true, min: 1, max: 32 }),
            categoryField(),
            wholeNumber('capacityLitres', t('容量（升）', 'Capacity (L)'), { min: 0 }),
            wholeNumber('fillPercent', t('满溢度 %', 'Fill %'), { min: 0, max: 100, readOnly: true }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        momentField('lastSeenAt', t('最后通信', 'Last seen'), { index: true, readOnly: true }),
        dayField('commissionedAt', t('投用日期', 'Commissioned')),
        fenField('costFen', t('购置费用', 'Purchase cost')),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'needsAttention',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: t('需处理', 'Needs attention'),
          admin: { readOnly: true },
        },
        { name: 'attention', type: 'text', label: t('需处理原因', 'Why'), admin: { readOnly: true } },
        wholeNumber('openAlerts', t('未关闭告警', 'Open alerts'), { readOnly: true, defaultValue: 0 }),
      ],
    },
    jsonView('telemetry', t('最近心跳', 'Last heartbeat')),
    {
      name: 'rotateSecret',
      type: 'checkbox',
      defaultValue: false,
      label: t(
        '重新生成设备密钥（保存后显示一次，旧密钥立即失效）',
        'Rotate the device secret (shown once; the old one stops working)',
      ),
      // For the API (PATCH { rotateSecret: true }); people use the button below, which shows the new secret once.
      admin: { hidden: true },
    },
    {
      name: 'secretTools',
      type: 'ui',
      admin: {
        components: { Field: '/app/(payload)/components/Bins#RotateSecret' },
        condition: (_data, _sibling, { user }) => user?.role === 'admin',
      },
    },
    momentField('secretRotatedAt', t('密钥生成时间', 'Secret issued'), { readOnly: true, sidebar: true }),
    { name: 'secretSealed', type: 'text', hidden: true },
  ],
}
