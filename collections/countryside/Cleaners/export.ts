/** The `cleaners` list as an Excel sheet (plugins/houseRules/exports.ts): its columns, Chinese headers first. */
import type { ExportSpec } from '../../../plugins/houseRules/exports'

export const cleanersExport: ExportSpec = {
  sheet: '保洁员花名册',
  columns: [
    { header: '姓名', field: 'name' },
    { header: '镇（街道）', field: 'town', as: 'name' },
    { header: '行政村（社区）', field: 'village', as: 'name' },
    { header: '手机号（脱敏）', field: 'phoneMasked' },
    { header: '出生日期', field: 'birthDate', as: 'day' },
    { header: '入职日期', field: 'hiredOn', as: 'day' },
    { header: '用工方式', field: 'contractKind', as: 'label' },
    { header: '状态', field: 'status', as: 'label' },
  ],
}
