/**
 * Validated imports of card batches and cleaner rosters from .xlsx or .csv. A dry run lists every bad row with its
 * reason before anything is written; an import is all or nothing — every row through the collection's own rules and
 * the importer's own access, in one transaction, or none. Progress is kept per import id for the admin's bar.
 */
import { APIError, type PayloadRequest } from 'payload'

import { CARD_NUMBER, CHANNELS, HOLDER_KINDS, MAX_BATCH } from '../../domain/points/cards'
import { MOBILE_PHONE } from '../../domain/places/sites'
import { CLEANER_CONTRACTS, CLEANER_STATUSES } from '../../domain/countryside/staffing'
import { sheetDate, type Sheet } from '../../domain/system/sheets'
import { shanghaiDay } from '../../shared/time'
import type { Label } from '../../shared/i18n/labels'
import { RESTAFF_LATER } from '../../collections/countryside/Cleaners/hooks'
import { restaff } from '../../collections/countryside/staffing'
import { inTransaction } from '../../shared/transaction'

export type ImportKind = 'cards' | 'cleaners'
export type RowError = { row: number; column: string; value: string; reason: string }
export type Planned = { row: number; data: Record<string, unknown> }

type Column = { key: string; header: string; aliases: string[]; required?: boolean }
const col = (key: string, header: string, aliases: string[] = [], required = false): Column => ({
  key,
  header,
  aliases: [header, ...aliases],
  required,
})

export const IMPORT_COLUMNS: Record<ImportKind, Column[]> = {
  cards: [
    col('cardNumber', '卡号', ['卡片编号', '智能卡号'], true),
    col('site', '场所', ['小区', '投放点', '所属场所'], true),
    col('holderKind', '持卡类型'),
    col('holderName', '持卡人', ['姓名', '户主']),
    col('officeName', '单位名称', ['单位']),
    col('phone', '手机号', ['手机', '联系电话', '电话']),
    col('building', '楼栋'),
    col('unit', '单元'),
    col('room', '房号'),
    col('channel', '发卡方式'),
    col('issuedAt', '发卡日期', ['发卡时间']),
  ],
  cleaners: [
    col('name', '姓名', [], true),
    col('village', '行政村', ['村', '村（社区）', '行政村（社区）'], true),
    col('town', '镇（街道）', ['镇', '街道']),
    col('phone', '手机号', ['手机', '联系电话', '电话']),
    col('birthDate', '出生日期', ['出生年月日'], true),
    col('hiredOn', '聘用日期', ['入职日期']),
    col('contractKind', '用工方式'),
    col('status', '状态'),
  ],
}

/** Most data rows one import takes. */
export const IMPORT_MAX_ROWS = MAX_BATCH
/** Largest file an import reads (a 50 MB upload is refused before it is read). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024

const choice = (options: Record<string, Label>, value: string) =>
  Object.entries(options).find(
    ([k, l]) => value === k || value === l.zh || value.toLowerCase() === l.en.toLowerCase(),
  )?.[0]

/** Reads the sheet against the kind's columns and checks every row; nothing is written. */
export async function planImport(req: PayloadRequest, kind: ImportKind, sheet: Sheet) {
  const errors: RowError[] = []
  const columns = IMPORT_COLUMNS[kind]
  const nonBlank = (r: { cells: string[] }) => r.cells.some((c) => c !== '')
  const headerAt = sheet.rows.findIndex(nonBlank)
  if (headerAt < 0) return { planned: [], errors: [{ row: 1, column: '', value: '', reason: '表格是空的' }] }
  const header = sheet.rows[headerAt]!
  const index = new Map<string, number>()
  for (const c of columns) {
    const at = header.cells.findIndex((h) => c.aliases.includes(h.replace(/\s|\*/g, '')))
    if (at >= 0) index.set(c.key, at)
    else if (c.required) errors.push({ row: header.row, column: c.header, value: '', reason: `缺少“${c.header}”列` })
  }
  if (errors.length) return { planned: [], errors }

  // The data: from the header to the first blank row. Anything below that blank, or below the sheet's declared
  // end, is past the sheet's end — refused by row, never silently taken or dropped.
  const body = sheet.rows.slice(headerAt + 1)
  const gap = body.findIndex((r) => !nonBlank(r))
  const data = gap < 0 ? body : body.slice(0, gap)
  for (const r of gap < 0 ? [] : body.slice(gap).filter(nonBlank))
    errors.push({
      row: r.row,
      column: '',
      value: r.cells.filter(Boolean).join(' ').slice(0, 40),
      reason: `数据已在第 ${body[gap]!.row} 行的空行处结束，此行在表格末尾之后`,
    })
  for (const r of data)
    if (sheet.declaredLastRow !== null && r.row > sheet.declaredLastRow)
      errors.push({
        row: r.row,
        column: '',
        value: '',
        reason: `此行超出工作表声明的范围（第 ${sheet.declaredLastRow} 行止）`,
      })
  if (data.length > IMPORT_MAX_ROWS)
    errors.push({
      row: data[IMPORT_MAX_ROWS]!.row,
      column: '',
      value: '',
      reason: `一次最多导入 ${IMPORT_MAX_ROWS} 行`,
    })

  const get = (r: { cells: string[] }, key: string) => {
    const at = index.get(key)
    return at === undefined ? '' : (r.cells[at] ?? '')
  }
  const bad = (row: number, key: string, value: string, reason: string) =>
    errors.push({ row, column: columns.find((c) => c.key === key)!.header, value, reason })
  /** The row's mobile number (spaces and dashes dropped), checked; empty when it has none. */
  const phoneOf = (r: { row: number; cells: string[] }) => {
    const phone = get(r, 'phone').replace(/[\s-]/g, '')
    if (phone && !MOBILE_PHONE.test(phone)) bad(r.row, 'phone', get(r, 'phone'), '手机号为 11 位数字')
    return phone
  }
  /** One of a field's options, by key or label (blank: the default); anything else refused, naming the options. */
  const optionOf = <K extends string>(
    r: { row: number; cells: string[] },
    key: string,
    options: Record<K, Label>,
    fallback: K,
    what: string,
  ): K | undefined => {
    const raw = get(r, key)
    if (!raw) return fallback
    const found = choice(options, raw) as K | undefined
    if (!found)
      bad(
        r.row,
        key,
        raw,
        `${what}应为：${Object.values<Label>(options)
          .map((l) => l.zh)
          .join('、')}`,
      )
    return found
  }
  const planned: Planned[] = []

  if (kind === 'cards') {
    // Places and existing cards, as the importer may read them.
    const sites = await req.payload.find({
      collection: 'sites',
      select: { name: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const siteId = new Map(sites.docs.map((s) => [s.name, s.id]))
    const numbers = data.map((r) => get(r, 'cardNumber').toUpperCase()).filter(Boolean)
    const existing = numbers.length
      ? await req.payload.find({
          collection: 'cards',
          where: { cardNumber: { in: numbers } },
          select: { cardNumber: true },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const taken = new Set(existing.docs.map((c) => c.cardNumber.toUpperCase()))
    const seen = new Map<string, number>()
    for (const r of data) {
      const before = errors.length
      const number = get(r, 'cardNumber').toUpperCase()
      if (!CARD_NUMBER.test(number)) bad(r.row, 'cardNumber', number, '卡号为 4–32 位字母、数字或 -')
      else if (taken.has(number)) bad(r.row, 'cardNumber', number, '卡号已存在')
      else if (seen.has(number)) bad(r.row, 'cardNumber', number, `卡号与第 ${seen.get(number)} 行重复`)
      seen.set(number, seen.get(number) ?? r.row)
      const site = siteId.get(get(r, 'site'))
      if (site === undefined) bad(r.row, 'site', get(r, 'site'), '没有这个场所')
      const holderKind = optionOf(r, 'holderKind', HOLDER_KINDS, 'household', '持卡类型')
      const phone = phoneOf(r)
      const channel = optionOf(r, 'channel', CHANNELS, 'booth', '发卡方式')
      const issued = get(r, 'issuedAt') ? sheetDate(get(r, 'issuedAt')) : shanghaiDay(new Date())
      if (!issued) bad(r.row, 'issuedAt', get(r, 'issuedAt'), '日期应为 2026-03-01 的形式')
      if (errors.length > before) continue
      planned.push({
        row: r.row,
        data: {
          cardNumber: number,
          site,
          status: 'active',
          holderKind,
          holderName: get(r, 'holderName') || null,
          officeName: get(r, 'officeName') || null,
          phone: phone || null,
          building: get(r, 'building') || null,
          unit: get(r, 'unit') || null,
          room: get(r, 'room') || null,
          channel,
          issuedAt: `${issued}T00:00:00+08:00`,
        },
      })
    }
  } else {
    // Villages the importer may manage (a town official: their own town's).
    const villages = await req.payload.find({
      collection: 'villages',
      select: { name: true, town: true },
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const r of data) {
      const before = errors.length
      if (!get(r, 'name')) bad(r.row, 'name', '', '姓名不能为空')
      const town = get(r, 'town')
      const matches = villages.docs.filter(
        (v) => v.name === get(r, 'village') && (!town || (typeof v.town === 'object' && v.town?.name === town)),
      )
      if (!matches.length) bad(r.row, 'village', get(r, 'village'), '没有这个行政村（或不属于您管理的镇）')
      else if (matches.length > 1) bad(r.row, 'village', get(r, 'village'), '有同名的村，请填写“镇（街道）”列')
      const phone = phoneOf(r)
      const born = sheetDate(get(r, 'birthDate'))
      if (!born) bad(r.row, 'birthDate', get(r, 'birthDate'), '日期应为 1970-05-01 的形式')
      const hired = get(r, 'hiredOn') ? sheetDate(get(r, 'hiredOn')) : null
      if (get(r, 'hiredOn') && !hired) bad(r.row, 'hiredOn', get(r, 'hiredOn'), '日期应为 2026-03-01 的形式')
      const contractKind = optionOf(r, 'contractKind', CLEANER_CONTRACTS, 'village', '用工方式')
      const status = optionOf(r, 'status', CLEANER_STATUSES, 'on-duty', '状态')
      if (errors.length > before) continue
      const village = matches[0]!
      planned.push({
        row: r.row,
        data: {
          name: get(r, 'name'),
          village: village.id,
          town: typeof village.town === 'object' ? village.town?.id : village.town,
          phone: phone || null,
          // Calendar days as the admin's date picker stores them (noon UTC: the same day in every zone).
          birthDate: `${born}T12:00:00.000Z`,
          hiredOn: hired ? `${hired}T12:00:00.000Z` : null,
          contractKind,
          status,
        },
      })
    }
  }
  errors.sort((a, b) => a.row - b.row)
  return { planned, errors }
}

/** Progress per importer and import id (an import's id names it only for the one who started it). */
const progress = new Map<string, { done: number; total: number; at: number }>()
const progressKey = (req: PayloadRequest, id: string) => `${req.user?.id ?? ''}:${id}`
export const importProgress = (req: PayloadRequest, id: string) => progress.get(progressKey(req, id)) ?? null

/**
 * Writes every planned row through the collection's own rules and the importer's access, in one transaction: a
 * row the rules refuse undoes them all and names itself.
 */
export async function runImport(req: PayloadRequest, kind: ImportKind, planned: Planned[], id?: string) {
  const slug = kind === 'cards' ? 'cards' : 'cleaners'
  const track = (done: number) => {
    if (id) progress.set(progressKey(req, id), { done, total: planned.length, at: Date.now() })
    for (const [k, v] of progress) if (Date.now() - v.at > 3600_000) progress.delete(k)
  }
  track(0)
  let current = 0
  try {
    await inTransaction(
      req.payload,
      async (tx) => {
        // Staffing is recomputed once per village at the end, not after every cleaner.
        tx.context[RESTAFF_LATER] = true
        for (const [i, p] of planned.entries()) {
          current = p.row
          await req.payload.create({
            collection: slug,
            data: p.data as never,
            req: tx,
            overrideAccess: false,
            user: req.user,
            depth: 0,
            context: { [RESTAFF_LATER]: true },
          })
          if (i % 25 === 24) track(i + 1)
        }
        if (kind === 'cleaners') {
          current = 0
          await restaff(tx, [...new Set(planned.map((p) => p.data.village as number))])
        }
      },
      { user: req.user },
    )
  } catch (error) {
    track(0)
    // The collection's own refusal reads in Chinese; anything else (the database's) is named plainly.
    const message =
      error instanceof APIError && error.status < 500 ? error.message : '数据库拒绝写入（可能与其他操作冲突）'
    return { created: 0, failed: { row: current, reason: message } }
  }
  track(planned.length)
  return { created: planned.length, failed: null }
}
