import type { CollectionConfig } from 'payload'

import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { jsonView } from '../../../shared/fields/json'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 设备回执: one row per processed (device, event id) that is not a drop (drops are recognised
 * by their own idempotency key): a repeat gets the first outcome back.
 */
export const DeviceReceipts: CollectionConfig = {
  slug: 'device-receipts',
  labels: { singular: t('设备回执', 'Device receipt'), plural: t('设备回执', 'Device receipts') },
  admin: { group: groups.devices, hidden: true },
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'fingerprint', type: 'text' },
    jsonView('outcome', t('结果', 'Outcome')),
  ],
}
