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
  /** Where the definition comes from: the national standard, the provincial rule, or the district's own method. */
  basis?: string
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
    formula:
      '参与率 = 统计期内有投放记录的户数 ÷ 已开展分类场所的总户数（场所“户数 / 人数”之和；同一户多张卡只计一户：小区按楼栋·单元·房号，机关按科室）',
    numerator: '统计期内至少一次投放的户数',
    denominator: '已开展分类场所的户数',
    source: ['cards', 'card-days', 'sites'],
    unit: 'permille',
    version: 2,
    basis: '本区生活垃圾分类考评口径（区城管局）：按户统计',
    records: '/admin/collections/card-days',
  }),
  dropOffRate: def({
    name: t('投放率', 'Drop-off rate'),
    formula: '投放率 = 统计期内有投放的“卡·日”数 ÷ 各有效卡自发卡日（不早于统计期首日）至统计期末的天数之和',
    numerator: '有投放的卡·日数',
    denominator: '各有效卡在期内的可投放天数之和',
    source: ['card-days', 'cards'],
    unit: 'permille',
    version: 2,
    basis: '本区生活垃圾分类工作考评口径（区城管局）',
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
    formula:
      '截至统计日投入资金台账中由政府财政支付的金额之和（设施设备、运营服务费、智能卡、宣传、奖补等），按用途分列；运营单位自筹的不计入',
    source: ['spending'],
    unit: 'fen',
    version: 2,
    basis: '本区生活垃圾分类工作考评口径（区城管局）；依据合同、发票',
    records: '/admin/collections/spending?where[payer][equals]=government',
  }),
  campaignsByKind: def({
    name: t('宣传活动', 'Campaigns by kind'),
    formula:
      '统计期内已发布的宣传活动场次，按类型分列；汇报中“大型宣传活动”含大型宣传、启动仪式、节日主题和进校园活动，“专题培训”为培训，“现场参观讲演”为现场观摩；考察学习与协调会另计',
    source: ['campaigns'],
    unit: 'count',
    version: 2,
    basis: '本区生活垃圾分类工作考评口径（区城管局）',
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
    formula: '统计期内集中清理活动清运重量之和（汇报按句中所写起始年份累计）',
    source: ['cleanup-drives'],
    unit: 'grams',
    version: 2,
    basis: '本区农村生活垃圾治理考评办法（见“考核方法”）',
    records: '/admin/collections/cleanup-drives',
  }),
  assessmentsHeld: def({
    name: t('专项考核', 'Assessments held'),
    formula: '统计期内开展的考核轮次：有镇提交考核表，或据其兑现奖补资金的考核期数（与“兑现奖补资金”同一口径）',
    source: ['assessments'],
    unit: 'count',
    version: 2,
    basis: '本区农村生活垃圾治理考评办法（见“考核方法”）',
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
    formula:
      '市场化覆盖率 = 统计日在履行的保洁合同覆盖的行政村（社区）数 ÷ 行政村（社区）总数；镇区覆盖率 = 合同覆盖的镇区道路长度 ÷ 镇区道路长度；镇区及主要道路覆盖率 = 合同覆盖的镇区及主要道路长度 ÷ 其总长度',
    numerator: '合同覆盖的村（社区）',
    denominator: '村（社区）总数',
    source: ['sanitation-contracts', 'villages', 'towns'],
    unit: 'permille',
    version: 2,
    basis: '本区农村生活垃圾治理考评办法（见“考核方法”）',
    records: '/admin/collections/sanitation-contracts',
  }),
  sortingCoverage: def({
    name: t('分类覆盖率', 'Sorting coverage'),
    formula:
      '分类覆盖率 = 开展分类的小区（有智能设备）或统计日已开展分类（按开始分类时间）的行政村数 ÷ 小区或行政村总数',
    numerator: '开展分类的小区 / 村',
    denominator: '小区 / 村总数',
    source: ['sites', 'bins', 'villages'],
    unit: 'permille',
    version: 2,
    basis: '本区农村生活垃圾治理考评办法（见“考核方法”）',
    records: '/admin/collections/villages?where[runsSorting][equals]=true',
  }),
  modelVillages: def({
    name: t('分类示范村', 'Model villages'),
    formula: '统计日为“示范村”（按示范村认定日期）的行政村数；回看以往日期时，未填认定日期的示范村无法判断，单独列出',
    source: ['villages'],
    unit: 'count',
    version: 2,
    basis: '本区农村生活垃圾治理考评办法（见“考核方法”）',
    records: '/admin/collections/villages?where[modelVillage][equals]=true',
  }),
  cleanerStaffing: def({
    name: t('保洁员配备率', 'Cleaner staffing'),
    formula:
      '保洁员配备率 = 在岗保洁员 ÷ 应配保洁员（户籍人口 ÷ 配备比例，向上取整）；回看以往日期时按聘用、离岗日期计算在岗人数',
    numerator: '在岗保洁员',
    denominator: '应配保洁员',
    source: ['villages', 'cleaners'],
    unit: 'permille',
    version: 2,
    basis: '本区农村生活垃圾治理考评办法（见“考核方法”）',
    records: '/admin/collections/villages',
  }),
  recyclingRate: def({
    name: t('回收利用率', 'Recycling rate'),
    formula:
      '回收利用率 = 回收利用量（可回收物入库 + 最终送厨余处理厂、回收企业的收运量）÷ 收集总量（可回收物入库 + 全部收运量）；经转运站的按其转运去向计；镇、场所范围不含可回收物库存（全区统一入库）',
    numerator: '回收利用量',
    denominator: '收集总量',
    source: ['stock-movements', 'collection-runs', 'facilities'],
    unit: 'permille',
    version: 2,
    basis:
      '国务院办公厅转发《生活垃圾分类制度实施方案》（国办发〔2017〕26号）：回收利用率 = 回收利用量 ÷ 生活垃圾产生量，目标 35% 以上',
    records: '/admin/collections/collection-runs',
  }),
  safeTreatmentRate: def({
    name: t('无害化处理率', 'Safe-treatment rate'),
    formula:
      '无害化处理率 = 最终送往无害化处理设施（厨余处理厂、焚烧厂、危废处置中心）的收运量 ÷ 全部收运量；转运站本身不处理，按其转运去向计，未填去向的不计入',
    numerator: '无害化处理量',
    denominator: '收运总量',
    source: ['collection-runs', 'facilities'],
    unit: 'permille',
    version: 2,
    basis: '住房和城乡建设部城乡建设统计口径：无害化处理量按实际处理设施统计',
    records: '/admin/collections/collection-runs',
  }),
  inspectorsOnDuty: def({
    name: t('巡检人员', 'Inspectors on duty'),
    formula: '统计日白班、夜班排班的巡检员人数（全区）；统计日无排班记录时如实说明，不计为0',
    source: ['inspector-shifts'],
    unit: 'count',
    version: 2,
    basis: '本区生活垃圾分类工作考评口径（区城管局）',
    records: '/admin/collections/inspector-shifts',
  }),
} satisfies Record<string, MetricDef>

export type MetricKey = keyof typeof METRICS

/** The work report's three publicity counts and the kinds the seed also names, each a set of campaign kinds. */
export const CAMPAIGN_COUNTS = {
  large: ['large-event', 'launch', 'festival', 'school'],
  training: ['training'],
  siteVisit: ['site-visit'],
  studyTrip: ['study-trip'],
  meeting: ['meeting'],
} as const
export const countOf = (byKind: Record<string, number>, count: keyof typeof CAMPAIGN_COUNTS) =>
  CAMPAIGN_COUNTS[count].reduce((n, k) => n + (byKind[k] ?? 0), 0)

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
