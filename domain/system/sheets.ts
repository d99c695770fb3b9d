/**
 * Reading an uploaded sheet (pure): .xlsx (the first worksheet, shared and inline strings, numbers; Excel's date
 * serials read as dates where a column is a date) or .csv (UTF-8 with or without BOM, or GBK as Chinese Excel saves
 * it). Anything else is not a spreadsheet. Rows keep their sheet row numbers, so every problem names its row.
 *
 * A sheet is untrusted input: only the parts needed are inflated, each and all together capped; the XML is walked
 * with indexOf (linear, whatever the markup), never with patterns that rescan; column letters and character
 * references are bounded. Whatever is wrong with a file is "not a spreadsheet", never a crash.
 */
import { strFromU8, unzipSync } from 'fflate'

export type SheetRow = { row: number; cells: string[] }
export type Sheet = { rows: SheetRow[]; declaredLastRow: number | null }
export class NotASpreadsheet extends Error {}

/** The columns a sheet may use (an import's are a dozen); cells further right are not read. */
export const MAX_COLUMNS = 64
/** What the parts of one .xlsx may inflate to, together. */
const MAX_INFLATED = 64 * 1024 * 1024

const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|quot|apos|amp);/g, (_, e: string) => {
    if (e[0] !== '#') return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e]!
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })

/** Each `<tag …>…</tag>` (or `<tag …/>`) in `xml`, in order: its attributes and inner text. Linear. */
function* elements(xml: string, tag: string): Generator<{ attrs: string; inner: string }> {
  const open = `<${tag}`
  let at = 0
  for (;;) {
    let start = xml.indexOf(open, at)
    // `<c` must not match `<cols`: the next character ends the name.
    while (start >= 0 && !/[\s/>]/.test(xml[start + open.length] ?? '')) start = xml.indexOf(open, start + 1)
    if (start < 0) return
    const end = xml.indexOf('>', start)
    if (end < 0) throw new NotASpreadsheet('unclosed tag')
    const attrs = xml.slice(start + open.length, end)
    if (attrs.endsWith('/')) {
      yield { attrs: attrs.slice(0, -1), inner: '' }
      at = end + 1
      continue
    }
    const close = xml.indexOf(`</${tag}>`, end)
    if (close < 0) throw new NotASpreadsheet(`unclosed ${tag}`)
    yield { attrs, inner: xml.slice(end + 1, close) }
    at = close + tag.length + 3
  }
}

/** An attribute's value, e.g. attr(' r="A1" t="s"', 't') → 's'. */
const attr = (attrs: string, name: string) => {
  const text = ' ' + attrs.replace(/\s+/g, ' ')
  const key = ` ${name}="`
  const at = text.indexOf(key)
  if (at < 0) return undefined
  const end = text.indexOf('"', at + key.length)
  return end < 0 ? undefined : text.slice(at + key.length, end)
}

/** The text of <t> elements inside a fragment (rich text runs joined). */
const textOf = (xml: string) => [...elements(xml, 't')].map((t) => decodeXml(t.inner)).join('')

/** Column letters as an index, or -1 past MAX_COLUMNS. */
const columnIndex = (letters: string) => {
  if (letters.length > 2) return -1
  const n = [...letters].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0) - 1
  return n < MAX_COLUMNS ? n : -1
}

function readXlsx(bytes: Uint8Array): Sheet {
  let files: Record<string, Uint8Array>
  let total = 0
  try {
    files = unzipSync(bytes, {
      // Only the parts a sheet needs, and no more than they may hold (a zip bomb declares sizes it cannot keep).
      filter: (f) => {
        const wanted =
          /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(f.name)
        if (!wanted) return false
        total += f.originalSize
        if (total > MAX_INFLATED) throw new NotASpreadsheet('too large inflated')
        return true
      },
    })
  } catch {
    throw new NotASpreadsheet('not a workbook')
  }
  const workbook = files['xl/workbook.xml']
  if (!workbook) throw new NotASpreadsheet('no workbook')
  const first = elements(strFromU8(workbook), 'sheet').next().value
  const id = first ? attr(first.attrs, 'r:id') : undefined
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : ''
  const target = [...elements(rels, 'Relationship')].find((r) => attr(r.attrs, 'Id') === id)
  const path = target
    ? `xl/${(attr(target.attrs, 'Target') ?? '').replace(/^\/?(xl\/)?/, '')}`
    : 'xl/worksheets/sheet1.xml'
  const sheetBytes = files[path] ?? files['xl/worksheets/sheet1.xml']
  if (!sheetBytes) throw new NotASpreadsheet('no worksheet')
  const shared = files['xl/sharedStrings.xml']
    ? [...elements(strFromU8(files['xl/sharedStrings.xml']), 'si')].map((si) => textOf(si.inner))
    : []
  const xml = strFromU8(sheetBytes)
  const dimension = elements(xml, 'dimension').next().value
  const lastRow = dimension ? (attr(dimension.attrs, 'ref') ?? '').match(/:[A-Z]+(\d+)$/)?.[1] : undefined
  const rows: SheetRow[] = []
  let next = 1
  for (const r of elements(xml, 'row')) {
    const number = Number(attr(r.attrs, 'r') ?? next)
    next = number + 1
    const cells: string[] = []
    let position = 0
    for (const c of elements(r.inner, 'c')) {
      const ref = attr(c.attrs, 'r')?.match(/^([A-Z]+)\d+$/)?.[1]
      const index = ref ? columnIndex(ref) : position
      position = index + 1
      if (index < 0 || index >= MAX_COLUMNS) continue
      const type = attr(c.attrs, 't')
      const v = elements(c.inner, 'v').next().value?.inner
      cells[index] =
        type === 's'
          ? (shared[Number(v)] ?? '')
          : type === 'inlineStr'
            ? textOf(c.inner)
            : v !== undefined
              ? decodeXml(v)
              : ''
    }
    rows.push({ row: number, cells: Array.from(cells, (x) => (x ?? '').trim()) })
  }
  return { rows, declaredLastRow: lastRow ? Number(lastRow) : null }
}

/** CSV rows (quotes, doubled quotes, commas and line breaks inside quotes). */
function splitCsv(text: string): string[][] {
  const out: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      out.push(row.slice(0, MAX_COLUMNS))
      row = []
      field = ''
    } else field += ch
  }
  if (field || row.length) out.push([...row, field].slice(0, MAX_COLUMNS))
  return out
}

function readCsv(bytes: Uint8Array): Sheet {
  // Binary content (NUL bytes) is not a CSV.
  if (bytes.subarray(0, 4096).includes(0)) throw new NotASpreadsheet('binary')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gbk').decode(bytes)
  }
  text = text.replace(/^\uFEFF/, '')
  const lines = splitCsv(text)
  if (!lines.length || !lines[0]!.some((c) => c.trim())) throw new NotASpreadsheet('empty')
  return { rows: lines.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) })), declaredLastRow: null }
}

/** Reads .xlsx by its content (a zip), else .csv; throws NotASpreadsheet for anything else. */
export function readSheet(bytes: Uint8Array, filename: string): Sheet {
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes)
    if (!/\.(csv|txt)$/i.test(filename)) throw new NotASpreadsheet('not xlsx or csv')
    return readCsv(bytes)
  } catch (error) {
    throw error instanceof NotASpreadsheet ? error : new NotASpreadsheet(String(error))
  }
}

/**
 * A date as people and Excel write it — 2026-03-01, 2026/3/1, 2026年3月1日, or Excel's serial (days since
 * 1899-12-30, five digits) — as yyyy-MM-dd; null for anything else, an impossible day (2026-02-31) included.
 */
export function sheetDate(value: string): string | null {
  if (/^\d{5}(\.\d+)?$/.test(value)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(value)) * 86_400_000)
    return d.toISOString().slice(0, 10)
  }
  const m = value.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}
