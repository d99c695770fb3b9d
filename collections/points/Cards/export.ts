/** The `cards` list as an Excel sheet (plugins/houseRules/exports.ts): its columns, Chinese headers first. */
import type { ExportSpec } from '../../../plugins/houseRules/exports'

export const cardsExport: ExportSpec = {
  sheet: '智能分类卡',
  columns: [
    { header: '卡号', field: 'cardNumber' },
    { header: '持卡类型', field: 'holderKind', as: 'label' },
    { header: '持卡人', field: 'holderName' },
    { header: '单位', field: 'officeName' },
    { header: '手机号（脱敏）', field: 'phoneMasked' },
    { header: '场所', field: 'site', as: 'name' },
    { header: '发卡方式', field: 'channel', as: 'label' },
    { header: '状态', field: 'status', as: 'label' },
    { header: '积分余额', field: 'balance' },
    { header: '发卡时间', field: 'issuedAt', as: 'moment' },
  ],
}
