/**
 * 工作情况汇报 — the district's work report in the form of its own report of record (shared/seed), item by item:
 * every X the form has — figures and names — filled from the records as of the report's date, each figure
 * footnoted with its definition. Sections count their own scope (the urban pilot, the countryside); cumulative
 * figures run from the start the sentence names; rates run over the period the admin picks and the sentence says
 * it. Where the records for a sentence are missing, the sentence says so (【待补：…】) and the draft lists what is
 * missing and where to enter it, rather than printing 0.
 *
 * draftReport() gives the draft (blocks of segments, the missing list) that the preview shows; renderReport()
 * writes exactly that draft as Word or PDF.
 */
import type { Payload, PayloadRequest } from 'payload'

import { CAMPAIGN_COUNTS, countOf, METRICS, wanYuan, type MetricKey } from '../../domain/metrics/registry'
import {
  chineseDay,
  chineseCount,
  monthWords,
  periodStart,
  periodWords,
  type ReportPeriod,
  type ReportSections,
} from '../../domain/metrics/reportPeriods'
import { defaultProse, PROSE, type Prose, type ProseKey } from '../../domain/metrics/reportProse'
import { SPENDING_PURPOSES } from '../../domain/metrics/spending'
import { percentText, perMille } from '../../domain/shared/rates'
import { refId } from '../../shared/refs'
import { shanghaiDay } from '../../shared/time'
import { badRequest } from '../../shared/errors'
import { DocxBuilder, type ParagraphStyle, type Segment } from '../../shared/documents/docx'
import { PdfBuilder } from '../../shared/documents/pdf'
import { readRows } from '../../db/records'
import { computeFigures, inspectorsOn, type Figures, type Ratio } from './figures'

const note = (key: MetricKey, extra = '') => {
  const m = METRICS[key]
  const basis = 'basis' in m && m.basis ? `依据：${m.basis}；` : ''
  return `${m.name.zh}${extra}：${m.formula}。${basis}数据来源：${m.source.join('、')}；定义版本 v${m.version}。`
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
        { select: { [field]: true }, sort: field, limit: 1 },
      )
    )[0]?.[field]
  const days = [await first('cards', 'issuedAt'), await first('bins', 'commissionedAt')]
    .filter((d): d is string => Boolean(d))
    .map((d) => shanghaiDay(d))
    .sort()
  return days[0] ?? null
}

export type ReportFormat = 'docx' | 'pdf'
export type BlockLevel = 'title' | 'subtitle' | 'h1' | 'h2' | 'body'
export type Block = { level: BlockLevel; segments: Segment[] }
export type Missing = { item: string; what: string; where: string }
export type ReportOptions = { date: string; period: ReportPeriod; sections: ReportSections; prose?: Partial<Prose> }
export type Draft = {
  options: ReportOptions & { prose: Prose }
  title: string
  blocks: Block[]
  missing: Missing[]
  /** The pilot's launch, and the rates' first day. */
  launch: string | null
  ratesFrom: string
  urban: Figures | null
  countryside: Figures | null
}

/** 甲、乙和丙 */
const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`
const quoted = (titles: string[]) => titles.map((t) => `《${t}》`).join('')
const stripDraftMark = (title: string) => title.replace(/（(征求意见稿|草案|送审稿)）$/, '')

type Find = (collection: Parameters<Payload['find']>[0]['collection'], where?: object, sort?: string) => Promise<Row[]>
type Row = Record<string, unknown> & { id: number | string }

export async function draftReport(req: PayloadRequest, o: ReportOptions): Promise<Draft> {
  const { payload } = req
  const start = await programmeStart(payload)
  if (!start || o.date < start) throw badRequest(req, 'REPORT_BEFORE_PROGRAMME', { start: start ?? '—', date: o.date })
  const today = shanghaiDay(new Date())
  if (o.date > today) throw badRequest(req, 'REPORT_IN_FUTURE', { date: o.date, today })
  const settings = await payload.findGlobal({ slug: 'report-settings', req, overrideAccess: true, depth: 0 })
  const saved = (settings.prose ?? {}) as Partial<Record<ProseKey, string | null>>
  const prose = Object.fromEntries(
    (Object.keys(PROSE) as ProseKey[]).map((k) => [k, (o.prose?.[k] ?? saved[k] ?? defaultProse()[k]).trim()]),
  ) as Prose
  const find: Find = async (collection, where, sort) =>
    (
      await payload.find({
        collection,
        where: (where ?? {}) as never,
        sort,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    ).docs as unknown as Row[]
  const [pilots, towns, facilities, allSites, methods, plans, targets, materials, bases] = await Promise.all([
    find('sites', { urbanPilot: { equals: true } }, 'id'),
    find('towns', {}, 'id'),
    find('facilities', {}, 'id'),
    find('sites', {}, 'id'),
    find('assessment-methods', {}, 'id'),
    find('work-plans', {}, 'dueBy'),
    find('sorting-targets', {}, 'town'),
    find('materials', {}, 'id'),
    find('education-bases', {}, 'id'),
  ])
  const date = o.date
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
  const district = settings.districtName || '本区'
  const lead = settings.leadDepartment || '区城管局'
  const launch =
    pilots
      .map((p) => (p.pilotSince ? shanghaiDay(String(p.pilotSince)) : null))
      .filter((x): x is string => Boolean(x) && x! <= date)
      .sort()[0] ?? null
  const ratesFrom = periodStart(o.period, date, launch ?? start)
  const rateWords = periodWords(ratesFrom, date)

  const missing: Missing[] = []
  const gap = (item: string, what: string, where: string): string => {
    missing.push({ item, what, where })
    return `【待补：${what}】`
  }
  /** A rate with nothing under it (no cards, no collection runs…) is missing data, not 0 %. */
  const rate = (r: Ratio, key: MetricKey, extra: string, item: string, what: string, where: string): Segment =>
    r.denominator ? fig(percentText(r.value), key, extra) : gap(item, what, where)
  const blocks: Block[] = []
  const add = (level: BlockLevel, ...segments: Segment[]) => blocks.push({ level, segments })
  const siteName = new Map(allSites.map((s) => [String(s.id), String(s.name)]))
  const townName = new Map(towns.map((t) => [String(t.id), String(t.name)]))

  const title = `${district}城乡生活垃圾分类工作情况汇报`
  add('title', title)
  add('subtitle', `（截至${chineseDay(date)}）`)
  add('body', `根据会议安排，现将${district}城乡生活垃圾分类和减量化、资源化、无害化利用工作情况汇报如下：`)
  add('h1', '一、城乡生活垃圾分类情况')

  let urban: Figures | null = null
  let countryside: Figures | null = null
  if (o.sections !== 'countryside') {
    const from = launch ?? start
    const [u, rates] = await Promise.all([
      computeFigures(payload, { from, to: date, area: 'urban' }),
      computeFigures(payload, { from: ratesFrom, to: date, area: 'urban' }),
    ])
    urban = u
    add('h2', '（一）城区生活垃圾分类情况')
    const pilotNames = pilots
      .filter((p) => !p.pilotSince || shanghaiDay(String(p.pilotSince)) <= date)
      .map((p) => String(p.name))
    const kinds = u.devicesByKind
    const devices: Segment[] = []
    const device = (kind: string, words: string, unit: string) => {
      if (!kinds[kind]) return
      devices.push(devices.length ? `，${words}` : words, fig(kinds[kind]!, 'devicesByKind', `（${words}）`), unit)
    }
    device('recyclables-4', '投放全自动四分类可回收箱', '套')
    device('hazardous', '有毒有害垃圾投放箱', '套')
    device('gift-machine', '全自动礼品兑换机', '台')
    device('two-category', '全自动两分类箱', '套')
    const byPurpose = Object.keys(SPENDING_PURPOSES)
      .map((k) => [k, u.fundsByPurpose[k] ?? 0] as const)
      .filter(([, v]) => v > 0)
      .map(([k, v]) => `${SPENDING_PURPOSES[k as keyof typeof SPENDING_PURPOSES]?.zh ?? k}${wanYuan(v)}万元`)
    const launches = u.campaignList.filter((c) => c.kind === 'launch' && c.site).map((c) => siteName.get(c.site!)!)
    const launchedSites = [...new Set(launches)]
    const pilotIds = pilots.map((p) => String(p.id))
    const withDevices = new Set(
      (await readRows(payload, 'bins', { site: { in: pilotIds } }, { select: { site: true, commissionedAt: true } }))
        .filter((b) => !b.commissionedAt || shanghaiDay(String(b.commissionedAt)) <= date)
        .map((b) => String(refId(b.site as number))),
    )
    const placedOnly = pilots
      .filter((p) => withDevices.has(String(p.id)) && !launchedSites.includes(String(p.name)))
      .map((p) => String(p.name))
    const notPlaced = pilots.filter((p) => !withDevices.has(String(p.id))).map((p) => String(p.name))
    add(
      'body',
      launch
        ? `我区城区生活垃圾分类试点于${launch.slice(0, 4)}年${monthWords(launch)}启动，试点范围为${pilotNames.join('、')}${chineseCount(pilotNames.length)}个场所的生活垃圾分类、收集、运输。`
        : `我区城区生活垃圾分类试点${gap('（一）', '试点场所及纳入试点日期', '/admin/collections/sites')}。`,
      `生活垃圾分类试点工作采用市场化运作的方式进行，目前运营单位为${settings.operatorName || gap('（一）', '运营单位名称', '/admin/globals/report-settings')}。试点至今，共投入政府资金`,
      ...(u.fundsAllPayers
        ? [
            fig(wanYuan(u.fundsInvested), 'fundsInvested'),
            byPurpose.length ? `万元（其中${byPurpose.join('，')}），` : '万元，',
          ]
        : [gap('（一）', '城区试点投入资金台账', '/admin/collections/spending'), '，']),
      ...(devices.length ? devices : [gap('（一）', '城区试点场所的智能设备', '/admin/collections/bins')]),
      '。',
      launchedSites.length ? `目前${list(launchedSites)}已举行启动仪式，设备已全部投入使用` : '',
      placedOnly.length
        ? `${launchedSites.length ? '，' : '目前'}${list(placedOnly)}垃圾分类运营设备投放工作已完成`
        : '',
      notPlaced.length ? `，${list(notPlaced)}设备尚未投放` : '',
      launchedSites.length || placedOnly.length || notPlaced.length ? '。' : '',
    )
    const ch = u.cardsIssued.byChannel
    const channels = [
      ['booth', '设点发卡'],
      ['event', '活动发卡'],
      ['door-to-door', '上门发卡'],
      ['other', '其他方式'],
    ]
      .filter(([k]) => ch[k!])
      .map(([k, w]) => `${w}${ch[k!]}张`)
    add(
      'body',
      `1.多形式发放智能卡。${prose.cardsLead}通过设点发卡、活动发卡、上门发卡等多种方式，广泛发放垃圾分类投放智能卡，截止${m}月${d}日，共发放智能分类卡`,
      fig(u.cardsIssued.total, 'cardsIssued'),
      channels.length ? `张（${channels.join('、')}），其中` : '张，其中',
      fig(u.participants, 'participants'),
      '人参与投放，最高积分已达到',
      fig(u.highestBalance, 'highestBalance'),
      `分，${rateWords}完成参与率`,
      ...(rates.participationRate.denominator
        ? [
            fig(percentText(rates.participationRate.value), 'participationRate', `（${ratesFrom} 至 ${date}）`),
            `（参与${rates.participationRate.numerator}户，覆盖${rates.participationRate.denominator}户）`,
          ]
        : [gap('（一）1', '试点场所的户数', '/admin/collections/sites')]),
      '，投放率',
      rate(
        rates.dropOffRate,
        'dropOffRate',
        `（${ratesFrom} 至 ${date}）`,
        '（一）1',
        '有效智能卡',
        '/admin/collections/cards',
      ),
      '。',
    )
    // The publicity the three counts count: not the study trips and meetings of item 3.
    const publicity = new Set<string>([
      ...CAMPAIGN_COUNTS.large,
      ...CAMPAIGN_COUNTS.training,
      ...CAMPAIGN_COUNTS.siteVisit,
    ])
    const titles = u.campaignList.filter((c) => publicity.has(c.kind)).map((c) => c.title)
    add(
      'body',
      '2.多渠道开展宣传推广。项目开展至今，已组织大型宣传活动',
      fig(countOf(u.campaignsByKind, 'large'), 'campaignsByKind', '（大型宣传活动）'),
      '场，专题培训',
      fig(countOf(u.campaignsByKind, 'training'), 'campaignsByKind', '（专题培训）'),
      '场，现场参观讲演',
      fig(countOf(u.campaignsByKind, 'siteVisit'), 'campaignsByKind', '（现场参观讲演）'),
      '场。',
      titles.length
        ? `其中包括${titles.slice(0, 6).join('、')}等相关活动，`
        : gap('（一）2', '宣传活动', '/admin/collections/campaigns'),
      u.mediaOutlets.length
        ? `${quoted(u.mediaOutlets)}等均有过报道`
        : gap('（一）2', '宣传活动的媒体报道', '/admin/collections/campaigns'),
      '（共',
      fig(u.mediaReports, 'mediaReports'),
      '篇），广泛的宣传增加了社会知晓率。',
    )
    const trips = u.campaignList.filter((c) => c.kind === 'study-trip')
    const meetings = countOf(u.campaignsByKind, 'meeting')
    add(
      'body',
      '3.强化多部门联动发力。',
      trips.length
        ? `${lead}组织街道、社区、物业、营运公司前往${[...new Set(trips.map((t) => t.place).filter(Boolean))].join('、') || '外地'}参观学习成熟经验`
        : gap('（一）3', '城区考察学习活动（宣传活动，类型“考察学习”）', '/admin/collections/campaigns'),
      ...(trips.length ? [fig(trips.length, 'campaignsByKind', '（考察学习）'), '次；'] : ['；']),
      ...(meetings
        ? ['召开涉及部门联动会议', fig(meetings, 'campaignsByKind', '（推进会 / 协调会）'), '次，']
        : [gap('（一）3', '部门联动会议（宣传活动，类型“推进会 / 协调会”）', '/admin/collections/campaigns'), '，']),
      prose.linkage,
    )
    add('body', `4.采用智能化设施设备。${prose.smart}`)
    const ofKind = (kind: string) => facilities.filter((f) => f.kind === kind)
    const named = (kind: string, words: string) =>
      ofKind(kind)
        .map((f) => String(f.name))
        .join('、') || gap('（一）5', `${words}（处理设施）`, '/admin/collections/facilities')
    const stations = ofKind('transfer-station')
    const onward = stations
      .map((s) => facilities.find((f) => String(f.id) === String(refId(s.sendsTo as number))))
      .filter((f): f is Row => Boolean(f))
    const inspectors = (await inspectorsOn(payload, date)).people
    add(
      'body',
      `5.全程分类收运。${prose.collectionLead}厨余垃圾由运营单位送至${named('kitchen-plant', '厨余垃圾处理厂')}；其他垃圾送至${named('transfer-station', '垃圾中转站')}，破袋后统一送至${
        onward.length
          ? onward.map((f) => String(f.name)).join('、')
          : gap('（一）5', '转运站的转运去向', '/admin/collections/facilities')
      }处置。可回收垃圾由${inspectors ? `${chineseCount(inspectors)}名` : ''}专职巡检员，对纸张、玻璃、塑料、金属进行分类存储，一定量后由${named('recycling', '物资回收公司')}进行统一收集，资源再利用。有毒有害垃圾，由专职巡检员进行分类，密闭储存，定量后送至${named('hazardous-centre', '危险废物处置中心')}统一处理。${rateWords}回收利用率`,
      rate(
        rates.recyclingRate,
        'recyclingRate',
        `（${ratesFrom} 至 ${date}）`,
        '（一）5',
        `${rateWords}的收运记录`,
        '/admin/collections/collection-runs',
      ),
      '，无害化处理率',
      rate(
        rates.safeTreatmentRate,
        'safeTreatmentRate',
        `（${ratesFrom} 至 ${date}）`,
        '（一）5',
        `${rateWords}的收运记录`,
        '/admin/collections/collection-runs',
      ),
      '。',
    )
    const duty = u.inspectorsOnDuty
    add(
      'body',
      `6.健全管理制度。${prose.rules}四是箱体常态化保洁制度。`,
      ...(duty?.planned
        ? [
            '试点区域配备',
            fig(duty.day, 'inspectorsOnDuty', '（白班）'),
            '名白班、',
            fig(duty.night, 'inspectorsOnDuty', '（晚班）'),
            '名晚班巡检人员，实时保洁箱体，保证箱体安全运行。',
          ]
        : [
            `试点区域${m}月${d}日的巡检人员配备`,
            gap('（一）6', `${date} 的巡检排班`, '/admin/collections/inspector-shifts'),
            '。',
          ]),
    )
  }

  if (o.sections !== 'urban') {
    const yearStart = `${y}-01-01`
    const sinceYear = (launch ?? start).slice(0, 4)
    const [cumulative, year] = await Promise.all([
      computeFigures(payload, { from: `${sinceYear}-01-01`, to: date, area: 'countryside' }),
      computeFigures(payload, { from: yearStart, to: date, area: 'countryside' }),
    ])
    countryside = cumulative
    const cs = await payload.findGlobal({ slug: 'countryside-settings', req, overrideAccess: true, depth: 0 })
    add('h2', '（二）农村垃圾治理情况')
    const staffing = cumulative.cleanerStaffing
    add(
      'body',
      `1.推进“户集、村收、区中转”，提高垃圾无害化处理率。一是加强小扫员力量配备。按照农村户籍人口1:${cs.staffingRatio}的标准配备了小扫员，`,
      ...(staffing.unknown
        ? [
            gap(
              '（二）1',
              `${staffing.unknown}名保洁员的聘用或离岗日期（回看${m}月${d}日的在岗人数）`,
              '/admin/collections/cleaners',
            ),
            '，',
          ]
        : [
            `${m}月${d}日在岗${staffing.numerator}人，应配${staffing.denominator}人，配备率`,
            rate(staffing, 'cleanerStaffing', '', '（二）1', '行政村户籍人口', '/admin/collections/villages'),
            '，',
          ]),
      `${prose.cleanersLead}二是开展积存垃圾清理行动。${prose.cleanupLead}`,
      ...(cumulative.tonnesCleared
        ? [
            `${sinceYear}年来共清理积存垃圾`,
            fig(Math.floor(cumulative.tonnesCleared / 1_000_000), 'tonnesCleared'),
            '余吨。',
          ]
        : [gap('（二）1', '集中清理活动', '/admin/collections/cleanup-drives'), '。']),
    )
    // The town seats: each town's own, the first with the widest coverage named, the others together.
    const rural = towns.filter((t) => t.kind === 'town')
    const roads = rural
      .map((t) => ({ t, r: cumulative.marketCoverage.roadsByTown[String(t.id)] }))
      .filter((x) => x.r && x.r.seat.total > 0)
      .sort((a, b) => b.r!.seat.covered / b.r!.seat.total - a.r!.seat.covered / a.r!.seat.total)
    const [first, ...others] = roads
    const othersCovered = others.reduce((n, x) => n + x.r!.seatAndRoads.covered, 0)
    const othersTotal = others.reduce((n, x) => n + x.r!.seatAndRoads.total, 0)
    const method = methods[0]
    add(
      'body',
      '2.推进“区补、镇筹、户参与”，提高环卫市场化管理率。一是推动市场化环卫保洁。',
      ...(first
        ? [
            `目前${townName.get(String(first.t.id))}镇区已实现市场化`,
            fig(percentText(perMille(first.r!.seat.covered, first.r!.seat.total)), 'marketCoverage', '（镇区）'),
            '覆盖',
            ...(others.length
              ? [
                  `，其他${chineseCount(others.length)}镇垃圾收运市场化覆盖镇政府驻地以及部分主要道路，覆盖率约`,
                  fig(
                    percentText(perMille(othersCovered, othersTotal)),
                    'marketCoverage',
                    '（其他各镇镇区及主要道路）',
                  ),
                ]
              : []),
            '；全区行政村（社区）市场化保洁覆盖率',
            rate(
              cumulative.marketCoverage,
              'marketCoverage',
              '（行政村）',
              '（二）2',
              '行政村（社区）',
              '/admin/collections/villages',
            ),
            '。',
          ]
        : [gap('（二）2', '各镇镇区及主要道路长度、合同覆盖长度', '/admin/collections/towns'), '。']),
      `二是加强督查考核力度。${prose.inspectionLead}完善`,
      method
        ? `《${String(method.name).replace(/^《|》$/g, '')}》`
        : gap('（二）2', '考核方法', '/admin/collections/assessment-methods'),
      `，提高日常督查考核的频次，做好镇垃圾治理考评，定期通报，兑现奖补。截止${m}月份，组织开展了专项考核`,
      fig(year.assessmentsHeld, 'assessmentsHeld', `（${y}年1月至${m}月）`),
      '次，兑现奖补资金',
      fig(wanYuan(year.subsidiesPaid), 'subsidiesPaid', `（${y}年1月至${m}月）`),
      '万元。',
    )
    const ruralTrips = cumulative.campaignList.filter((x) => x.kind === 'study-trip')
    const countrysidePlan = plans.find((p) => /农村/.test(String(p.title)) && p.status !== 'issued')
    const sortingNow = cumulative.sortingCoverage.villages
    add(
      'body',
      `3.推进“两次、四分法”，提高垃圾分类推广率。试点推动“两次四分分类法”。参考${settings.methodOrigin || gap('（二）3', '“两次四分法”经验来源地', '/admin/globals/report-settings')}“两次四分”农村垃圾分类方式，试点我区垃圾分类模式，${prose.twoTimeFour}`,
      ...(sortingNow.unknown
        ? [gap('（二）3', `${sortingNow.unknown}个村的开始分类时间`, '/admin/collections/villages')]
        : [
            `截至${m}月${d}日，开展垃圾分类的行政村（社区）`,
            fig(sortingNow.numerator, 'sortingCoverage', '（开展分类的行政村数）'),
            '个，覆盖率',
            rate(
              sortingNow,
              'sortingCoverage',
              '（行政村）',
              '（二）3',
              '行政村（社区）',
              '/admin/collections/villages',
            ),
          ]),
      '，已创建分类处理示范村',
      ...(cumulative.modelVillagesUnknown
        ? [gap('（二）3', `${cumulative.modelVillagesUnknown}个示范村的认定日期`, '/admin/collections/villages')]
        : [fig(cumulative.modelVillages, 'modelVillages'), '个']),
      '。',
      countrysidePlan
        ? `目前我区试点方案《${stripDraftMark(String(countrysidePlan.title))}》${countrysidePlan.status === 'consultation' ? '正在征求意见' : countrysidePlan.status === 'approved' ? '已经区政府审定' : '正在论证中'}，`
        : '',
      ruralTrips.length
        ? `${countrysidePlan ? '并' : ''}组织${chineseCount(rural.length)}镇分管领导、试点村居负责人、区相关职能部门负责人等前往${[...new Set(ruralTrips.map((t) => t.place).filter(Boolean))].join('、')}等地参观学习垃圾分类工作经验，更好地运用到我区的垃圾分类工作中。`
        : gap('（二）3', '农村考察学习活动（宣传活动，范围“农村”，类型“考察学习”）', '/admin/collections/campaigns'),
    )
  }

  if (o.sections === 'all') {
    add('h1', '二、下一步工作安排')
    const pending = plans.filter((p) => p.status !== 'issued')
    const byMonth = new Map<string, Row[]>()
    for (const p of pending) {
      const key = p.dueBy ? shanghaiDay(String(p.dueBy)).slice(0, 7) : ''
      byMonth.set(key, [...(byMonth.get(key) ?? []), p])
    }
    const undated = byMonth.get('') ?? []
    byMonth.delete('')
    const stateWords = (ps: Row[]) => {
      const st = new Set(ps.map((p) => p.status))
      return st.has('consultation')
        ? '目前已经形成征求意见稿，待成熟后，报区政府同意后下发执行。'
        : st.has('approved')
          ? '目前已经区政府审定，待印发执行。'
          : '目前正在起草，形成征求意见稿后公开征求意见，报区政府同意后下发执行。'
    }
    add(
      'body',
      '1.细化完善工作方案。',
      ...(byMonth.size
        ? [...byMonth].map(
            ([month, ps]) =>
              `在${Number(month.slice(5, 7))}月底前，出台${quoted(ps.map((p) => stripDraftMark(String(p.title))))}。${stateWords(ps)}`,
          )
        : []),
      ...(undated.length
        ? [
            `出台${quoted(undated.map((p) => stripDraftMark(String(p.title))))}`,
            gap('二、1', '工作方案的计划出台时间', '/admin/collections/work-plans'),
            '。',
          ]
        : []),
      ...(!pending.length ? [gap('二、1', '待出台的工作方案', '/admin/collections/work-plans')] : []),
    )
    const planYear =
      targets
        .map((t) => (t.byDate ? shanghaiDay(String(t.byDate)).slice(0, 4) : ''))
        .filter(Boolean)
        .sort()
        .pop() ?? String(Number(y) + 1)
    const full = targets.filter((t) => Number(t.sharePercent) >= 100)
    const partial = targets.filter((t) => Number(t.sharePercent) < 100)
    const partialPercents = [...new Set(partial.map((t) => Number(t.sharePercent)))]
    const modelGroups = new Map<number, string[]>()
    for (const t of targets)
      if (Number(t.modelVillages))
        modelGroups.set(Number(t.modelVillages), [
          ...(modelGroups.get(Number(t.modelVillages)) ?? []),
          townName.get(String(refId(t.town as number))) ?? '',
        ])
    const groups = [...modelGroups].sort((a, b) => a[1].length - b[1].length)
    const demoTown = settings.demoAreaTown ? townName.get(String(refId(settings.demoAreaTown as number))) : undefined
    add(
      'body',
      `2.高效推进${planYear}年生活垃圾分类工作。城区党政机关实现生活垃圾分类工作全覆盖`,
      settings.urbanExpansion
        ? `，在${settings.urbanExpansion}开展垃圾分类工作。`
        : `，${gap('二、2', '城区扩面范围', '/admin/globals/report-settings')}。`,
      demoTown
        ? `将${demoTown}打造成省级生活垃圾分类示范片区。`
        : `${gap('二、2', '拟创建省级示范片区的街道', '/admin/globals/report-settings')}。`,
      '各镇、涉农街道全部开展农村生活垃圾分类和资源化利用工作，',
      ...(targets.length
        ? [
            full.length ? `${list(full.map((t) => townName.get(String(refId(t.town as number))) ?? ''))}全部村居` : '',
            partial.length
              ? `${full.length ? '、' : ''}其他镇${partialPercents.map((p) => `${p}%`).join('至')}的村居`
              : '',
            '开展农村生活垃圾分类和资源化利用工作。',
          ]
        : [gap('二、2', '各镇分类推进目标', '/admin/collections/sorting-targets'), '。']),
      groups.length
        ? `同时，${groups
            .map(([n, names], i) =>
              i === groups.length - 1 && groups.length > 1
                ? `其他${chineseCount(names.length)}镇选择${chineseCount(n)}个村`
                : `${list(names)}选择${chineseCount(n)}个村`,
            )
            .join('，')}，推广${settings.methodOrigin || ''}农村生活垃圾“两次四分法”经验，打造生活垃圾分类处理示范村。`
        : gap('二、2', '示范村创建目标', '/admin/collections/sorting-targets'),
    )
    const printed = materials.filter((x) => x.kind === 'handbook' || x.kind === 'letter').map((x) => String(x.title))
    const posters = ['poster', 'slogan'].filter((k) => materials.some((x) => x.kind === k))
    add(
      'body',
      '3.多渠道广泛开展垃圾分类宣传引导。编制',
      printed.length
        ? quoted(printed)
        : gap('二、3', '宣传手册、致市民一封信（宣传资料）', '/admin/collections/materials'),
      posters.length
        ? `、制作${posters.map((k) => (k === 'poster' ? '宣传海报' : '宣传标语')).join('、')}等。`
        : '等。',
      prose.publicityPlan,
    )
    add(
      'body',
      '4.建设生活垃圾分类示范教育基地。',
      bases.length
        ? `${planYear}年，将${list(bases.map((b) => String(b.name).replace(/(垃圾分类)?(示范教育|宣教)基地$/, '')))}建设成城区生活垃圾分类示范教育基地，通过组织社会公众、广大学生参观，不断普及垃圾分类知识。`
        : gap('二、4', '示范教育基地', '/admin/collections/education-bases'),
    )
  }
  return {
    options: { ...o, prose },
    title,
    blocks,
    missing,
    launch,
    ratesFrom,
    urban,
    countryside,
  }
}

/** What both the Word and the PDF builder do: the report is written once, for either. */
type Builder = {
  text(text: string, o?: ParagraphStyle): unknown
  para(segments: Segment[], o?: ParagraphStyle): unknown
  build(): Uint8Array | Promise<Uint8Array>
}

/** The draft, exactly as previewed, as a Word document or a PDF. */
export async function renderReport(draft: Draft, format: ReportFormat): Promise<Uint8Array> {
  const doc: Builder = format === 'pdf' ? new PdfBuilder(draft.title) : new DocxBuilder()
  for (const b of draft.blocks) {
    const segments = b.segments.filter((s) => typeof s !== 'string' || s.length)
    if (b.level === 'body') doc.para(segments, { indent: true })
    else doc.text(segments.map((s) => (typeof s === 'string' ? s : s.text)).join(''), { level: b.level })
  }
  return doc.build()
}

/** The whole report for a date, the rates over its month (GET /api/work-report). */
export async function workReport(req: PayloadRequest, date: string, format: ReportFormat = 'docx') {
  const draft = await draftReport(req, { date, period: 'month', sections: 'all' })
  return { draft, file: await renderReport(draft, format) }
}
