/**
 * Reading an uploaded sheet (pure): .xlsx (the first worksheet, shared and inline strings, numbers; Excel's date
 * serials read as dates where a column is a date) or .csv (UTF-8 with or without BOM, or GBK as Chinese Excel saves
 * it). Anything else is not a spreadsheet. Rows keep their sheet row numbers, so every problem names its row.
 */
import { strFromU8, unzipSync } from 'fflate'

export type SheetRow = { row: number; cells: string[] }
export type Sheet = { rows: SheetRow[]; declaredLastRow: number | null }
export class NotASpreadsheet extends Error {}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1

/** The text of <t> elements inside a fragment (rich text runs joined). */
const textOf = (xml: string) =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1]!)).join('')

function readXlsx(bytes: Uint8Array): Sheet {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes)
  } catch {
    throw new NotASpreadsheet('not a zip')
  }
  const workbook = files['xl/workbook.xml']
  if (!workbook) throw new NotASpreadsheet('no workbook')
  const firstSheet = strFromU8(workbook).match(/<sheet\b[^>]*r:id="([^"]+)"/)?.[1]
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : ''
  const target =
    rels.match(new RegExp(`<Relationship[^>]*Id="${firstSheet}"[^>]*Target="([^"]+)"`))?.[1] ??
    rels.match(new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${firstSheet}"`))?.[1]
  const path = target ? `xl/${target.replace(/^\/?xl\//, '').replace(/^\//, '')}` : 'xl/worksheets/sheet1.xml'
  const sheetBytes = files[path]
  if (!sheetBytes) throw new NotASpreadsheet('no worksheet')
  const shared = files['xl/sharedStrings.xml']
    ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!))
    : []
  const xml = strFromU8(sheetBytes)
  const dimension = xml.match(/<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/)
  const rows: SheetRow[] = []
  for (const r of xml.matchAll(/<row\b[^>]*?r="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells: string[] = []
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1]!
      const ref = attrs.match(/r="([A-Z]+)\d+"/)?.[1]
      const type = attrs.match(/t="([^"]+)"/)?.[1]
      const inner = c[2] ?? ''
      const v = inner.match(/<v>([\s\S]*?)<\/v>/)?.[1]
      const value =
        type === 's'
          ? (shared[Number(v)] ?? '')
          : type === 'inlineStr'
            ? textOf(inner)
            : v !== undefined
              ? decodeXml(v)
              : ''
      cells[ref ? columnIndex(ref) : cells.length] = value
    }
    rows.push({ row: Number(r[1]), cells: Array.from(cells, (x) => (x ?? '').trim()) })
  }
  return { rows, declaredLastRow: dimension?.[1] ? Number(dimension[1]) : null }
}

/** One CSV line's fields (quotes, doubled quotes, commas inside quotes). */
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
      out.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field || row.length) out.push([...row, field])
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
  if (!lines.length || !lines[0]!.some((c) => c.includes(',') || c.trim())) throw new NotASpreadsheet('empty')
  return { rows: lines.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) })), declaredLastRow: null }
}

/** Reads .xlsx by its content (a zip), else .csv; throws NotASpreadsheet for anything else. */
export function readSheet(bytes: Uint8Array, filename: string): Sheet {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b
  if (zip) return readXlsx(bytes)
  if (!/\.(csv|txt)$/i.test(filename)) throw new NotASpreadsheet('not xlsx or csv')
  return readCsv(bytes)
}

/** An Excel date serial (days since 1899-12-30) or a written date, as yyyy-MM-dd; null when it is neither. */
export function sheetDate(value: string): string | null {
  if (/^\d{4,5}(\.\d+)?$/.test(value)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(value)) * 86_400_000)
    return d.toISOString().slice(0, 10)
  }
  const m = value.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/)
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null
}
