/** The `point-entries` list as an Excel sheet (plugins/houseRules/exports.ts): its columns, Chinese headers first. */
import type { ExportSpec } from '../../../plugins/houseRules/exports'

export const pointEntriesExport: ExportSpec = {
  sheet: '积分流水',
  columns: [
    { header: '时间', field: 'at', as: 'moment' },
    { header: '卡号', field: 'card', as: 'name' },
    { header: '变动', field: 'delta' },
    { header: '原因', field: 'reason', as: 'label' },
    { header: '变动后余额', field: 'balanceAfter' },
    { header: '说明', field: 'note' },
  ],
}
