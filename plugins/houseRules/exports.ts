/**
 * Excel exports of the lists people report from: cards, drop-offs, the ledger, assessments, payouts and cleaners.
 * Chinese headers; select values as their Chinese labels (read from the collection's own field options, never a
 * second copy); related records by name; times in Shanghai; money in yuan; weights in grams. The rows are the
 * list's own — the same filters and sort as the admin list, through the user's own access.
 */
import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import { formatShanghai } from '../../shared/time'
import { badRequest } from '../../shared/errors'
import type { CellValue } from '../../shared/documents/xlsx'

type Doc = Record<string, unknown>
export type Column = { header: string; field: string; as?: 'label' | 'name' | 'moment' | 'day' | 'yuan' }

export const EXPORTS = {
  cards: {
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
  },
  'drop-offs': {
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
  },
  'point-entries': {
    sheet: '积分流水',
    columns: [
      { header: '时间', field: 'at', as: 'moment' },
      { header: '卡号', field: 'card', as: 'name' },
      { header: '变动', field: 'delta' },
      { header: '原因', field: 'reason', as: 'label' },
      { header: '变动后余额', field: 'balanceAfter' },
      { header: '说明', field: 'note' },
    ],
  },
  assessments: {
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
  },
  'subsidy-payouts': {
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
  },
  cleaners: {
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
  },
} satisfies Record<string, { sheet: string; columns: Column[] }>

export type ExportSlug = keyof typeof EXPORTS
export const isExportSlug = (slug: string): slug is ExportSlug => slug in EXPORTS

/** Most rows one export carries. */
export const EXPORT_LIMIT = 100_000

function optionsOf(payload: Payload, slug: CollectionSlug): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  const walk = (fields: Field[]) => {
    for (const f of fields) {
      if ('fields' in f && (f.type === 'row' || f.type === 'collapsible')) walk(f.fields)
      if (f.type === 'select')
        out.set(
          f.name,
          new Map(
            f.options.map((o) =>
              typeof o === 'string'
                ? [o, o]
                : [
                    o.value,
                    typeof o.label === 'string' ? o.label : ((o.label as Record<string, string>).zh ?? o.value),
                  ],
            ),
          ),
        )
    }
  }
  walk(payload.collections[slug].config.fields)
  return out
}

const nameOf = (v: unknown): CellValue => {
  if (!v || typeof v !== 'object') return v === null || v === undefined ? '' : String(v)
  const d = v as Doc
  return String(d.name ?? d.cardNumber ?? d.title ?? d.id ?? '')
}

/**
 * The rows of the list as the admin shows it: its filters (`where`), its search box (`search`, over the same
 * fields the list searches) and its sort.
 */
export async function exportRows(
  req: PayloadRequest,
  slug: ExportSlug,
  filters: Where,
  sort?: string,
  search?: string,
) {
  const spec = EXPORTS[slug]
  const admin = req.payload.collections[slug].config.admin
  const searched = (admin.listSearchableFields?.length ? admin.listSearchableFields : [admin.useAsTitle ?? 'id']).map(
    (field) => ({ [field]: { like: search } }),
  )
  const where: Where = search ? { and: [filters, { or: searched }] } : filters
  const total = await req.payload.count({ collection: slug, where, overrideAccess: false, user: req.user, req })
  // More than one export carries is refused, never cut short without a word.
  if (total.totalDocs > EXPORT_LIMIT)
    throw badRequest(req, 'EXPORT_TOO_MANY', { count: total.totalDocs, limit: EXPORT_LIMIT })
  const found = await req.payload.find({
    collection: slug,
    where,
    sort,
    // Only the exported columns, and of related records only their names.
    select: Object.fromEntries(spec.columns.map((c: Column) => [c.field, true])) as never,
    populate: {
      cards: { cardNumber: true },
      sites: { name: true },
      towns: { name: true },
      villages: { name: true },
    } as never,
    depth: 1,
    joins: false as never, // JoinQuery's type is per collection; false = no joins
    limit: EXPORT_LIMIT,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const options = optionsOf(req.payload, slug)
  const value = (doc: Doc, c: Column): CellValue => {
    const v = doc[c.field]
    if (v === null || v === undefined) return ''
    switch (c.as) {
      case 'label':
        return options.get(c.field)?.get(String(v)) ?? String(v)
      case 'name':
        return nameOf(v)
      case 'moment':
        return formatShanghai(String(v))
      case 'day':
        return formatShanghai(String(v)).slice(0, 10)
      case 'yuan':
        return Math.round(Number(v)) / 100
      default:
        return typeof v === 'number' ? v : String(v)
    }
  }
  return {
    sheet: spec.sheet,
    header: spec.columns.map((c) => c.header),
    rows: (found.docs as unknown as Doc[]).map((doc) => spec.columns.map((c: Column) => value(doc, c))),
  }
}
