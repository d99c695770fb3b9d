/**
 * 工作情况汇报 — the district's work report, in the form of its own report (shared/seed), with every blank filled
 * from the figures registry for a chosen date: cumulative figures from the programme's start, rates for the month
 * to date. Each figure carries a footnote with its definition. The next steps are the admins' own prose (工作汇报设置).
 */
import type { Payload, PayloadRequest } from 'payload'

import { CAMPAIGN_KINDS } from '../../domain/publicity/kinds'
import { METRICS, tonnes, wanYuan, type MetricKey } from '../../domain/metrics/registry'
import { percentText } from '../../domain/shared/rates'
import { shanghaiDay } from '../../shared/time'
import { badRequest } from '../../shared/errors'
import { DocxBuilder, type ParagraphStyle, type Segment } from '../../shared/documents/docx'
import { PdfBuilder } from '../../shared/documents/pdf'
import { readRows } from '../../db/records'
import { computeFigures, type Figures } from './figures'

const note = (key: MetricKey, extra = '') => {
  const m = METRICS[key]
  return `${m.name.zh}${extra}：${m.formula}。数据来源：${m.source.join('、')}；定义版本 v${m.version}。`
}
/** A figure in the text, footnoted with its definition. */
const fig = (text: string | number, key: MetricKey, extra = ''): Segment => ({
  text: String(text),
  note: note(key, extra),
})

/** When the programme began: its first card issued or bin commissioned (null: nothing yet). */
export async function programmeStart(payload: Payload): Promise<string | null> {
  const first = async (collection: 'cards' | 'bins', field: string) =>
    (
      await readRows<Record<string, string>>(
        payload,
        collection,
        { [field]: { exists: true } },
        {
          select: { [field]: true },
          sort: field,
          limit: 1,
        },
      )
    )[0]?.[field]
  const days = [await first('cards', 'issuedAt'), await first('bins', 'commissionedAt')]
    .filter((d): d is string => Boolean(d))
    .map((d) => shanghaiDay(d))
    .sort()
  return days[0] ?? null
}

export type ReportFormat = 'docx' | 'pdf'
export type WorkReport = { date: string; start: string; cumulative: Figures; month: Figures; file: Uint8Array }

/** What both the Word and the PDF builder do: the report is written once, for either. */
type Builder = {
  text(text: string, o?: ParagraphStyle): unknown
  para(segments: Segment[], o?: ParagraphStyle): unknown
  build(): Uint8Array | Promise<Uint8Array>
}

export async function workReport(
  req: PayloadRequest,
  date: string,
  format: ReportFormat = 'docx',
): Promise<WorkReport> {
  const { payload } = req
  const start = await programmeStart(payload)
  if (!start || date < start) throw badRequest(req, 'REPORT_BEFORE_PROGRAMME', { start: start ?? '—', date })
  const settings = await payload.findGlobal({ slug: 'report-settings', req, overrideAccess: true, depth: 0 })
  const [cumulative, month, towns] = await Promise.all([
    computeFigures(payload, { from: start, to: date }),
    computeFigures(payload, { from: date.slice(0, 8) + '01' < start ? start : date.slice(0, 8) + '01', to: date }),
    payload.find({ collection: 'towns', select: { name: true }, pagination: false, depth: 0, overrideAccess: true }),
  ])
  const c = cumulative
  const district = settings.districtName || '本区'
  const [y, m, d] = date.split('-').map(Number)
  const kinds = c.devicesByKind
  const campaigns = (k: keyof typeof CAMPAIGN_KINDS) => c.campaignsByKind[k] ?? 0

  const title = `${district}城乡生活垃圾分类工作情况汇报`
  const doc: Builder = format === 'pdf' ? new PdfBuilder(title) : new DocxBuilder()
  doc.text(title, { center: true, size: 44, font: '方正小标宋简体' })
  doc.text(`（截至${y}年${m}月${d}日）`, { center: true })
  doc.para([`根据会议安排，现将${district}城乡生活垃圾分类和减量化、资源化、无害化利用工作情况汇报如下：`])
  doc.text('一、城乡生活垃圾分类情况', { bold: true })
  doc.text('（一）城区生活垃圾分类情况', { bold: true })
  doc.para([
    `城区生活垃圾分类试点于${start.slice(0, 4)}年${Number(start.slice(5, 7))}月启动，采用市场化运作，运营单位为${settings.operatorName || '运营单位'}。试点至今，共投入政府资金`,
    fig(wanYuan(c.fundsInvested), 'fundsInvested'),
    '万元，投放全自动四分类可回收箱',
    fig(kinds['recyclables-4'] ?? 0, 'devicesByKind', '（四分类可回收箱）'),
    '套，有毒有害垃圾投放箱',
    fig(kinds.hazardous ?? 0, 'devicesByKind', '（有害垃圾箱）'),
    '套，全自动礼品兑换机',
    fig(kinds['gift-machine'] ?? 0, 'devicesByKind', '（礼品兑换机）'),
    '台，全自动两分类箱',
    fig(kinds['two-category'] ?? 0, 'devicesByKind', '（两分类箱）'),
    '套。',
  ])
  doc.para([
    `1.多形式发放智能卡。通过设点发卡、活动发卡、上门发卡等多种方式发放垃圾分类投放智能卡，截止${m}月${d}日，共发放智能分类卡`,
    fig(c.cardsIssued.total, 'cardsIssued'),
    `张（设点发卡${c.cardsIssued.byChannel.booth ?? 0}张、活动发卡${c.cardsIssued.byChannel.event ?? 0}张、上门发卡${c.cardsIssued.byChannel['door-to-door'] ?? 0}张${c.cardsIssued.byChannel.other ? `、其他${c.cardsIssued.byChannel.other}张` : ''}），其中`,
    fig(c.participants, 'participants'),
    '人参与投放，最高积分已达到',
    fig(c.highestBalance, 'highestBalance'),
    `分；${m}月完成参与率`,
    fig(percentText(month.participationRate.value), 'participationRate', `（${month.scope.from} 至 ${date}）`),
    '，投放率',
    fig(percentText(month.dropOffRate.value), 'dropOffRate', `（${month.scope.from} 至 ${date}）`),
    '，分类准确率',
    fig(percentText(month.accuracy.value), 'accuracy', `（${month.scope.from} 至 ${date}）`),
    '。',
  ])
  doc.para([
    '2.多渠道开展宣传推广。项目开展至今，已组织大型宣传活动',
    fig(campaigns('large-event') + campaigns('festival'), 'campaignsByKind', '（大型宣传活动与节日主题活动）'),
    '场，专题培训',
    fig(campaigns('training'), 'campaignsByKind', '（培训）'),
    '场，现场参观讲演',
    fig(campaigns('site-visit') + campaigns('school'), 'campaignsByKind', '（现场观摩与进校园活动）'),
    '场，各类媒体报道',
    fig(c.mediaReports, 'mediaReports'),
    '次，广泛的宣传增加了社会知晓率。',
  ])
  doc.para([
    '3.全程分类收运。厨余垃圾与其他垃圾每日早晚分类收运，可回收物分类存储后交物资回收公司，有毒有害垃圾密闭储存后送专业处置中心。试点至今回收利用率',
    fig(percentText(c.recyclingRate.value), 'recyclingRate'),
    '，无害化处理率',
    fig(percentText(c.safeTreatmentRate.value), 'safeTreatmentRate'),
    '；分类投放量',
    fig(tonnes(c.tonnageByCategory.total), 'tonnageByCategory'),
    '吨。',
  ])
  doc.para([
    '4.箱体常态化保洁。试点区域配备',
    fig(c.inspectorsOnDuty?.day ?? 0, 'inspectorsOnDuty', '（白班）'),
    '名白班、',
    fig(c.inspectorsOnDuty?.night ?? 0, 'inspectorsOnDuty', '（夜班）'),
    '名晚班巡检人员，实时保洁箱体，保证箱体安全运行。',
  ])
  doc.text('（二）农村垃圾治理情况', { bold: true })
  const countryside = await payload.findGlobal({ slug: 'countryside-settings', req, overrideAccess: true, depth: 0 })
  doc.para([
    `1.加强保洁员力量配备。按照农村户籍人口1:${countryside.staffingRatio}的标准配备保洁员，保洁员配备率`,
    fig(percentText(c.cleanerStaffing.value), 'cleanerStaffing'),
    `（在岗${c.cleanerStaffing.numerator}人，应配${c.cleanerStaffing.denominator}人）。组织开展集中清理活动，共清理积存垃圾`,
    // 「X余吨」: whole tonnes, and more.
    fig(Math.floor(c.tonnesCleared / 1_000_000), 'tonnesCleared'),
    '余吨。',
  ])
  const townName = new Map(towns.docs.map((t) => [String(t.id), t.name]))
  const byTown = Object.entries(c.marketCoverage.byTown).map(([id, r]) =>
    fig(`${townName.get(id) ?? id}${percentText(r.value)}`, 'marketCoverage', `（${townName.get(id) ?? id}）`),
  )
  doc.para([
    '2.推动市场化环卫保洁。各镇（街道）市场化覆盖率：',
    ...byTown.flatMap((s, i) => (i ? ['，', s] : [s])),
    '；全区',
    fig(percentText(c.marketCoverage.value), 'marketCoverage'),
    `。加强督查考核力度，截止${m}月份，组织开展了专项考核`,
    fig(c.assessmentsHeld, 'assessmentsHeld'),
    '次，兑现奖补资金',
    fig(wanYuan(c.subsidiesPaid), 'subsidiesPaid'),
    '万元。',
  ])
  doc.para([
    '3.推进农村垃圾分类。推广“两次四分法”，开展垃圾分类试点的行政村（社区）',
    fig(c.sortingCoverage.villages.numerator, 'sortingCoverage', '（开展分类的行政村数）'),
    '个，覆盖率',
    fig(percentText(c.sortingCoverage.villages.value), 'sortingCoverage', '（行政村）'),
    '，打造分类处理示范村',
    fig(c.modelVillages, 'modelVillages'),
    '个；城区小区分类覆盖率',
    fig(percentText(c.sortingCoverage.compounds.value), 'sortingCoverage', '（小区）'),
    '。',
  ])
  doc.text('二、下一步工作安排', { bold: true })
  for (const line of (settings.nextSteps ?? '').split(/\n+/).filter((l) => l.trim()))
    doc.text(line.trim(), { indent: true })
  return { date, start, cumulative, month, file: await doc.build() }
}
