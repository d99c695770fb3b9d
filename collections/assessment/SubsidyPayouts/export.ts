/** The `subsidy-payouts` list as an Excel sheet (plugins/houseRules/exports.ts): its columns, Chinese headers first. */
import type { ExportSpec } from '../../../plugins/houseRules/exports'

export const subsidyPayoutsExport: ExportSpec = {
  sheet: '奖补资金',
  columns: [
    { header: '考核期', field: 'period' },
    { header: '镇（街道）', field: 'town', as: 'name' },
    { header: '名次', field: 'rank' },
    { header: '总分', field: 'total' },
    { header: '等次', field: 'grade', as: 'label' },
    { header: '奖补金额（元）', field: 'amountFen', as: 'yuan' },
    { header: '状态', field: 'status', as: 'label' },
    { header: '拨付日期', field: 'paidOn', as: 'day' },
    { header: '凭证号', field: 'voucher' },
  ],
}
