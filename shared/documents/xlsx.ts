/**
 * Excel workbooks (.xlsx) through `write-excel-file` (maintained, writes with fflate): one sheet, a bold header row
 * kept in view, columns as wide as their contents, text as text (never a formula) and numbers as numbers.
 */
import writeXlsxFile, { type Cell } from 'write-excel-file/node'

export type CellValue = string | number | null | undefined

/** XML 1.0 cannot hold control characters; Excel holds at most 32,767 characters in a cell. */
const text = (value: string) => value.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '').slice(0, 32_767)

function cell(value: CellValue, header = false): Cell {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' && Number.isFinite(value)) return { value, type: Number }
  return { value: text(String(value)), type: String, ...(header ? { fontWeight: 'bold' as const } : {}) }
}

export async function xlsx(sheetName: string, header: string[], rows: CellValue[][]): Promise<Uint8Array> {
  const widths = header.map((h, c) =>
    Math.min(60, Math.max(8, ...[h, ...rows.slice(0, 200).map((r) => r[c])].map((v) => String(v ?? '').length * 2))),
  )
  const data = [header.map((h) => cell(h, true)), ...rows.map((r) => r.map((v) => cell(v)))]
  const file = writeXlsxFile(data, {
    sheet: text(sheetName)
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31),
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  })
  return new Uint8Array(await file.toBuffer())
}
