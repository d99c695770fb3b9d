/**
 * Validated imports from .xlsx or .csv into a collection that declares an importer (`custom.import`: its columns and
 * its row checks, in the collection's own `import.ts` — cards and cleaners). A dry run lists every bad row with its
 * reason before anything is written; an import is all or nothing — every row through the collection's own rules and
 * the importer's own access, in one transaction, or none. Progress is kept per import id for the admin's bar.
 */
import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { MOBILE_PHONE } from '../../domain/places/sites'
import type { Sheet } from '../../domain/system/sheets'
import type { Label } from '../../shared/i18n/labels'
import type { Role } from '../../shared/roles'
import { inTransaction } from '../../shared/transaction'

export type RowError = { row: number; column: string; value: string; reason: string }
export type Planned = { row: number; data: Record<string, unknown> }

export type ImportColumn = { key: string; header: string; aliases: string[]; required?: boolean }
export const col = (key: string, header: string, aliases: string[] = [], required = false): ImportColumn => ({
  key,
  header,
  aliases: [header, ...aliases],
  required,
})

type SheetRow = { row: number; cells: string[] }

/** What an importer's row checks use: a cell by its column's key, a refusal of a cell, the shared checks. */
export type RowReader = {
  get: (r: SheetRow, key: string) => string
  bad: (row: number, key: string, value: string, reason: string) => void
  /** The row's mobile number (spaces and dashes dropped), checked; empty when it has none. */
  phoneOf: (r: SheetRow) => string
  /** One of a field's options, by key or label (blank: the default); anything else refused, naming the options. */
  optionOf: <K extends string>(
    r: SheetRow,
    key: string,
    options: Record<K, Label>,
    fallback: K,
    what: string,
  ) => K | undefined
  /** Refusals so far (a row whose checks added one is not planned). */
  errorCount: () => number
}

/** A collection's import: who may import, the sheet's columns, each row's checks, and what follows the last row. */
export type Importer = {
  roles: Role[]
  columns: ImportColumn[]
  /** Most data rows one import takes (default IMPORT_MAX_ROWS). */
  maxRows?: number
  /** Checks every data row (refusing through `bad`); returns the records to create. */
  plan: (req: PayloadRequest, data: SheetRow[], read: RowReader) => Promise<Planned[]>
  /** Set on every create's context. */
  context?: Record<string, unknown>
  /** After the last row, in the same transaction. */
  finish?: (tx: PayloadRequest, planned: Planned[]) => Promise<void>
}

/** The importer a collection declares (`custom.import`), if it has one. */
export const importerOf = (collection: { custom?: Record<string, unknown> } | undefined): Importer | undefined =>
  collection?.custom?.import as Importer | undefined

/** Most data rows one import takes. */
export const IMPORT_MAX_ROWS = 5000
/** Largest file an import reads (a 50 MB upload is refused before it is read). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024

const choice = (options: Record<string, Label>, value: string) =>
  Object.entries(options).find(
    ([k, l]) => value === k || value === l.zh || value.toLowerCase() === l.en.toLowerCase(),
  )?.[0]

/** Reads the sheet against the kind's columns and checks every row; nothing is written. */
export async function planImport(req: PayloadRequest, importer: Importer, sheet: Sheet) {
  const errors: RowError[] = []
  const { columns } = importer
  const maxRows = importer.maxRows ?? IMPORT_MAX_ROWS
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
  if (data.length > maxRows)
    errors.push({
      row: data[maxRows]!.row,
      column: '',
      value: '',
      reason: `一次最多导入 ${maxRows} 行`,
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
  const planned = await importer.plan(req, data, { get, bad, phoneOf, optionOf, errorCount: () => errors.length })
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
export async function runImport(
  req: PayloadRequest,
  slug: CollectionSlug,
  importer: Importer,
  planned: Planned[],
  id?: string,
) {
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
        Object.assign(tx.context, importer.context)
        for (const [i, p] of planned.entries()) {
          current = p.row
          await req.payload.create({
            collection: slug,
            data: p.data as never,
            req: tx,
            overrideAccess: false,
            user: req.user,
            depth: 0,
            context: importer.context,
          })
          if (i % 25 === 24) track(i + 1)
        }
        if (importer.finish) {
          current = 0
          await importer.finish(tx, planned)
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
