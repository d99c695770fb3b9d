/** The `assessments` list as an Excel sheet (plugins/houseRules/exports.ts): its columns, Chinese headers first. */
import type { ExportSpec } from '../../../plugins/houseRules/exports'

export const assessmentsExport: ExportSpec = {
  sheet: '考核表',
  columns: [
    { header: '考核期', field: 'period' },
    { header: '镇（街道）', field: 'town', as: 'name' },
    { header: '状态', field: 'status', as: 'label' },
    { header: '自评总分', field: 'selfTotal' },
    { header: '审定总分', field: 'total' },
    { header: '等次', field: 'grade', as: 'label' },
    { header: '提交时间', field: 'submittedAt', as: 'moment' },
  ],
}
