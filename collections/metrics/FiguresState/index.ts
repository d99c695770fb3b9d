import type { GlobalConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 汇总状态: how far the daily totals are kept (drops recorded before `keptThrough` are in them) and what the last
 * nightly check found. Written by the scheduler only; admins read it.
 */
export const FiguresState: GlobalConfig = {
  slug: 'figures-state',
  label: t('汇总状态', 'Totals state'),
  admin: { group: groups.system, hidden: ({ user }) => user?.role !== 'admin' },
  access: { read: admins, update: nobody },
  fields: [
    {
      name: 'keptThrough',
      type: 'date',
      label: t('已汇总至（记录时间）', 'Kept through (recorded at)'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'keptDrops',
      type: 'number',
      label: t('已汇总的投放记录数', 'Drops counted'),
      admin: { readOnly: true },
    },
    // Days to recount at the next keeping run (a card moved to another site).
    { name: 'dirtyDays', type: 'json', admin: { hidden: true } },
    {
      name: 'checkedAt',
      type: 'date',
      label: t('上次全量核对', 'Last full check'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'checkResult', type: 'textarea', label: t('核对结果', 'Check result'), admin: { readOnly: true } },
  ],
}
