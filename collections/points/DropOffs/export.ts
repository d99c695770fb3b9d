/** The `drop-offs` list as an Excel sheet (plugins/houseRules/exports.ts): its columns, Chinese headers first. */
import type { ExportSpec } from '../../../plugins/houseRules/exports'

export const dropOffsExport: ExportSpec = {
  sheet: '投放记录',
  columns: [
    { header: '投放时间', field: 'occurredAt', as: 'moment' },
    { header: '卡号', field: 'card', as: 'name' },
    { header: '类别', field: 'category', as: 'label' },
    { header: '重量（克）', field: 'grams' },
    { header: '积分', field: 'points' },
    { header: '计分结果', field: 'outcome', as: 'label' },
    { header: '来源', field: 'source', as: 'label' },
    { header: '设备号 / 单号', field: 'sourceRef' },
    { header: '场所', field: 'site', as: 'name' },
  ],
}
