/**
 * The ranking notice as a Word document (.docx, Office Open XML written by hand and zipped): title, the
 * prose, the results table; Chinese text set in 仿宋_GB2312 (body) and 方正小标宋简体 (title), as
 * government documents are, with SimSun as the fallback Word falls back to.
 */
import type { NoticeTable } from '../../../domain/assessment/notice'
import { formatYuan } from '../../../domain/points/titles'
import { DocxBuilder, run } from '../../../shared/documents/docx'

const cell = (text: string, bold = false) =>
  `<w:tc><w:tcPr><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(text, { size: 24, bold })}</w:p></w:tc>`

function table(t: NoticeTable): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
  const head = ['名次', '镇（街道）', ...t.averages.map((a) => `${a.name}（${a.max}）`), '总分', '等次', '奖补资金']
  const rows = t.rows.map((r) => [
    String(r.rank),
    r.town,
    ...t.averages.map((a) => String(r.parts.find((p) => p.key === a.key)?.score ?? '—')),
    String(r.total),
    r.grade,
    r.amountFen === null ? '—' : formatYuan(r.amountFen),
  ])
  const average = ['平均', '', ...t.averages.map((a) => String(a.average)), String(t.averageTotal), '', '']
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    `</w:tblBorders></w:tblPr>` +
    [head, ...rows, average].map((cells, i) => `<w:tr>${cells.map((c) => cell(c, i === 0)).join('')}</w:tr>`).join('') +
    `</w:tbl>`
  )
}

export function noticeDocx(notice: {
  title: string
  intro?: string | null
  closing?: string | null
  table: NoticeTable
}) {
  const doc = new DocxBuilder().text(notice.title, { center: true, size: 44, font: '方正小标宋简体' })
  const prose = (text?: string | null) =>
    (text ?? '')
      .split(/\n+/)
      .filter((line) => line.trim())
      .forEach((line) => doc.text(line.trim(), { indent: true }))
  prose(notice.intro)
  doc.raw(table(notice.table))
  prose(notice.closing)
  return doc.build()
}
