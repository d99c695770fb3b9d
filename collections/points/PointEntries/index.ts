import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { staffOrOwnTown } from '../../../shared/access/staffOrOwnTown'
import { LEDGER_REASONS } from '../../../domain/points/points'
import { momentField } from '../../../shared/fields/dates'
import { idempotencyKeyField } from '../../../shared/fields/idempotencyKey'
import { titleField } from '../../../shared/fields/title'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { actorField, cardField } from '../../../shared/fields/relations'
import { applyEntry } from './hooks'
import { refuseDelete } from '../../../hooks/appendOnly'
import { groups, t } from '../../../shared/i18n/labels'
import { pointEntriesExport } from './export'

/**
 * 积分流水: the append-only points ledger. Nobody edits or deletes an entry, through any API;
 * a correction is a new, reversing entry. A card's balance always equals the sum of its entries.
 */
export const PointEntries: CollectionConfig = {
  slug: 'point-entries',
  // The list's Excel export (the house rules add the button and the endpoint).
  custom: { export: pointEntriesExport },
  labels: { singular: t('积分流水', 'Ledger entry'), plural: t('积分流水', 'Ledger') },
  admin: {
    group: groups.points,
    useAsTitle: 'title',
    defaultColumns: ['at', 'card', 'seq', 'delta', 'reason', 'balanceAfter', 'note'],
    listSearchableFields: ['title', 'note'],
    description: t(
      '流水只能追加。手工调整请点「创建」，原因选「人工调整」并写明理由。',
      'Append-only. To correct a balance, create an adjustment with a written reason.',
    ),
  },
  defaultSort: '-at',
  // A record of an act cannot be copied into another act.
  disableDuplicate: true,
  access: { read: staffOrOwnTown('card.site'), create: admins, update: nobody, delete: nobody },
  hooks: { beforeChange: [applyEntry], beforeDelete: [refuseDelete] },
  fields: [
    titleField(),
    cardField(),
    {
      type: 'row',
      fields: [
        momentField('at', t('发生时间', 'When'), { index: true, readOnly: true }),
        wholeNumber('seq', t('本卡第几笔', 'No. on the card'), { readOnly: true }),
      ],
    },
    { name: 'delta', type: 'number', required: true, label: t('积分变动', 'Points (±)') },
    select('reason', t('类型', 'Reason'), LEDGER_REASONS, { required: true, defaultValue: 'adjustment', index: true }),
    { name: 'note', type: 'textarea', label: t('说明 / 调整原因', 'Note / reason') },
    // Indexed: the highest balance reached (a programme figure) is the top of this index, not a sort of the ledger.
    wholeNumber('balanceAfter', t('变动后余额', 'Balance after'), { readOnly: true, sidebar: true, index: true }),
    { name: 'cause', type: 'text', label: t('来源', 'Caused by'), admin: { readOnly: true, position: 'sidebar' } },
    actorField('actor', t('操作人', 'By'), { sidebar: true }),
    wholeNumber('rulesRevision', t('规则版本', 'Rules revision'), { readOnly: true, sidebar: true }),
    idempotencyKeyField(),
  ],
}
