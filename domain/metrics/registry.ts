/**
 * The programme's figures, each defined once (DESIGN §3): its name, what it counts (formula, numerator and
 * denominator), where the records come from, its unit and the version of its definition. The numbers themselves
 * are computed in services/metrics/figures.ts from the records; the pure arithmetic is below. Wherever a figure
 * is shown (the report, the figures API) it carries this definition and a link to the records behind it.
 */
import { t, type Label } from '../../shared/i18n/labels'

export type Unit = 'permille' | 'count' | 'points' | 'fen' | 'grams'

export type MetricDef = {
  name: Label
  formula: string
  numerator?: string
  denominator?: string
  /** The collections the records come from. */
  source: string[]
  unit: Unit
  /** Bumped whenever the definition changes, so a figure reported earlier can be told apart. */
  version: number
  /** The admin list of the records behind it. */
  records: string
}

const def = (d: MetricDef) => d

export const METRICS = {
  cardsIssued: def({
    name: t('发放智能分类卡', 'Cards issued'),
    formula: '截至统计日已发放（发卡日期不晚于统计日）的智能分类卡张数，按发卡方式分列',
    source: ['cards'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/cards',
  }),
  participants: def({
    name: t('参与投放人数', 'Participants'),
    formula: '截至统计日至少有一次投放记录的卡数（一卡一户 / 一人）',
    source: ['card-days'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/card-days?where[drops][greater_than]=0',
  }),
  highestBalance: def({
    name: t('最高积分', 'Highest balance'),
    formula: '截至统计日所有卡的积分余额曾达到的最高值',
    source: ['point-entries'],
    unit: 'points',
    version: 1,
    records: '/admin/collections/point-entries?sort=-balanceAfter',
  }),
  participationRate: def({
    name: t('参与率', 'Participation rate'),
    formula: '参与率 = 统计期内有投放记录的有效卡数 ÷ 有效（正常状态）卡数',
    numerator: '统计期内至少一次投放的有效卡数',
    denominator: '有效卡数',
    source: ['card-days', 'cards'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/card-days',
  }),
  dropOffRate: def({
    name: t('投放率', 'Drop-off rate'),
    formula: '投放率 = 统计期内有投放的“卡·日”数 ÷（有效卡数 × 统计期天数）',
    numerator: '有投放的卡·日数',
    denominator: '有效卡数 × 天数',
    source: ['card-days', 'cards'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/card-days',
  }),
  accuracy: def({
    name: t('准确率', 'Accuracy'),
    formula: '准确率 = 统计期内检查结果为“分类正确”的次数 ÷ 检查总次数（督导员检查、上门回收评价）',
    numerator: '分类正确次数',
    denominator: '检查次数',
    source: ['sorting-checks'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/sorting-checks',
  }),
  tonnageByCategory: def({
    name: t('分类投放量', 'Tonnage by category'),
    formula: '统计期内记录的投放重量之和（含未计分的），按类别分列（克；报告中折算为吨）',
    source: ['drop-offs'],
    unit: 'grams',
    version: 1,
    records: '/admin/collections/drop-offs',
  }),
  devicesByKind: def({
    name: t('智能设备', 'Devices by kind'),
    formula: '截至统计日已投用（投用日期不晚于统计日，未填视为已投用）的设备台（套）数，按类型分列',
    source: ['bins'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/bins',
  }),
  fundsInvested: def({
    name: t('投入政府资金', 'Funds invested'),
    formula: '截至统计日已投用设备的购置费用之和',
    source: ['bins'],
    unit: 'fen',
    version: 1,
    records: '/admin/collections/bins',
  }),
  campaignsByKind: def({
    name: t('宣传活动', 'Campaigns by kind'),
    formula: '统计期内已发布的宣传活动场次，按类型分列',
    source: ['campaigns'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/campaigns',
  }),
  mediaReports: def({
    name: t('媒体报道', 'Media reports'),
    formula: '统计期内已发布的宣传活动所记录的媒体报道条数',
    source: ['campaigns'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/campaigns',
  }),
  tonnesCleared: def({
    name: t('清理积存垃圾', 'Accumulated waste cleared'),
    formula: '统计期内集中清理活动清运重量之和',
    source: ['cleanup-drives'],
    unit: 'grams',
    version: 1,
    records: '/admin/collections/cleanup-drives',
  }),
  assessmentsHeld: def({
    name: t('专项考核', 'Assessments held'),
    formula: '统计期内开展的考核轮次（有镇已提交或已审定考核表的考核期）数',
    source: ['assessments'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/assessments',
  }),
  subsidiesPaid: def({
    name: t('兑现奖补资金', 'Subsidies paid'),
    formula: '统计期内已拨付（拨付日期在期内）的奖补金额之和',
    source: ['subsidy-payouts'],
    unit: 'fen',
    version: 1,
    records: '/admin/collections/subsidy-payouts?where[status][equals]=paid',
  }),
  marketCoverage: def({
    name: t('市场化覆盖率', 'Market-based coverage'),
    formula: '市场化覆盖率 = 统计日在保洁合同覆盖内的行政村（社区）数 ÷ 行政村（社区）总数，按镇分列',
    numerator: '合同覆盖的村（社区）',
    denominator: '村（社区）总数',
    source: ['sanitation-contracts', 'villages'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/sanitation-contracts',
  }),
  sortingCoverage: def({
    name: t('分类覆盖率', 'Sorting coverage'),
    formula: '分类覆盖率 = 开展分类的小区（有智能设备）或行政村（开展垃圾分类）数 ÷ 小区或行政村总数',
    numerator: '开展分类的小区 / 村',
    denominator: '小区 / 村总数',
    source: ['sites', 'bins', 'villages'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/villages?where[runsSorting][equals]=true',
  }),
  modelVillages: def({
    name: t('分类示范村', 'Model villages'),
    formula: '标记为“示范村”（分类处理示范村）的行政村数，截至统计日的现状',
    source: ['villages'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/villages?where[modelVillage][equals]=true',
  }),
  cleanerStaffing: def({
    name: t('保洁员配备率', 'Cleaner staffing'),
    formula: '保洁员配备率 = 在岗保洁员 ÷ 应配保洁员（户籍人口 ÷ 配备比例，向上取整）',
    numerator: '在岗保洁员',
    denominator: '应配保洁员',
    source: ['villages', 'cleaners'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/villages',
  }),
  recyclingRate: def({
    name: t('回收利用率', 'Recycling rate'),
    formula:
      '回收利用率 = 回收利用量（可回收物入库 + 送厨余处理厂、回收企业的收运量）÷ 收集总量（可回收物入库 + 全部收运量）；镇、场所范围不含可回收物库存（全区统一入库）',
    numerator: '回收利用量',
    denominator: '收集总量',
    source: ['stock-movements', 'collection-runs', 'facilities'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/collection-runs',
  }),
  safeTreatmentRate: def({
    name: t('无害化处理率', 'Safe-treatment rate'),
    formula: '无害化处理率 = 送往无害化处理设施（厨余处理厂、焚烧厂、经转运站、危废处置中心）的收运量 ÷ 全部收运量',
    numerator: '无害化处理量',
    denominator: '收运总量',
    source: ['collection-runs', 'facilities'],
    unit: 'permille',
    version: 1,
    records: '/admin/collections/collection-runs',
  }),
  inspectorsOnDuty: def({
    name: t('巡检人员', 'Inspectors on duty'),
    formula: '统计日白班、夜班排班的巡检员人数（全区）',
    source: ['inspector-shifts'],
    unit: 'count',
    version: 1,
    records: '/admin/collections/inspector-shifts',
  }),
} satisfies Record<string, MetricDef>

export type MetricKey = keyof typeof METRICS

/** National and provincial targets drawn beside the figures (DESIGN §3). */
export const TARGETS: Partial<Record<MetricKey, { permille: number; label: string }>> = {
  recyclingRate: { permille: 350, label: '国家目标 ≥ 35%' },
  participationRate: { permille: 800, label: '达标小区 ≥ 80%' },
  accuracy: { permille: 800, label: '达标小区 ≥ 80%' },
}

/** Days from `from` to `to` (yyyy-MM-dd), both included. */
export const daysIn = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

/** Grams as the report says tonnes: one decimal. */
export const tonnes = (grams: number) => (grams / 1_000_000).toFixed(1)
/** Fen as 万元: two decimals. */
export const wanYuan = (fen: number) => (fen / 1_000_000).toFixed(2)
