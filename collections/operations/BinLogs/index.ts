import { holdsFiles } from '../../../shared/heldFiles'
import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { staff } from '../../../shared/access/staff'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { BIN_LOG_KINDS, BIN_LOG_OUTCOMES } from '../../../domain/operations/workOrders'
import { momentField } from '../../../shared/fields/dates'
import { workPhotos } from '../fields'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { titleField } from '../../../shared/fields/title'
import { orderFromInspection, stampBinLog } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 清洁巡检记录: an inspector's cleaning or inspection of a bin — when and by whom are the server's; a problem found
 * opens a work order (source: inspection) with the log's photos as its "before" photos. A record of an act: never
 * edited; an admin may delete a mistaken one.
 */
export const BinLogs: CollectionConfig = {
  slug: 'bin-logs',
  labels: { singular: t('清洁巡检记录', 'Bin care log'), plural: t('清洁巡检记录', 'Bin care logs') },
  admin: {
    group: groups.operations,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'outcome', 'by', 'workOrder'],
  },
  defaultSort: '-at',
  disableDuplicate: true,
  // Append-only: its photos are part of it (shared/heldFiles.ts).
  custom: holdsFiles(),
  access: { read: staffOrOwnTown('bin.site'), create: staff, update: nobody, delete: admins },
  hooks: { beforeChange: [stampBinLog], afterChange: [orderFromInspection] },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        relation('bins', 'bin', t('设备', 'Bin'), { required: true, index: true }),
        select('kind', t('类型', 'Kind'), BIN_LOG_KINDS, { required: true, defaultValue: 'inspection' }),
        select('outcome', t('结果', 'Outcome'), BIN_LOG_OUTCOMES, { required: true, defaultValue: 'ok' }),
      ],
    },
    { name: 'note', type: 'textarea', label: t('情况说明', 'Note') },
    workPhotos('photos', t('照片', 'Photos')),
    {
      type: 'row',
      fields: [
        momentField('at', t('时间', 'When'), { readOnly: true, index: true }),
        actorField('by', t('巡检员', 'By')),
        relation('work-orders', 'workOrder', t('生成工单', 'Work order'), { readOnly: true }),
      ],
    },
  ],
}
