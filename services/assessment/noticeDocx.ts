/**
 * The ranking notice as a Word document (.docx, Office Open XML written by hand and zipped): title, the
 * prose, the results table; Chinese text set in 仿宋_GB2312 (body) and 方正小标宋简体 (title), as
 * government documents are, with SimSun as the fallback Word falls back to.
 */
import { strToU8, zipSync } from 'fflate'

import type { NoticeTable } from '../../domain/assessment/notice'
import { formatYuan } from '../../domain/points/titles'

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const fonts = (eastAsia: string) =>
  `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${eastAsia}" w:hint="eastAsia"/>`

/** One run of text; size in half-points (16 pt = 32). */
const run = (text: string, o: { size?: number; bold?: boolean; font?: string } = {}) =>
  `<w:r><w:rPr>${fonts(o.font ?? '仿宋_GB2312')}${o.bold ? '<w:b/>' : ''}<w:sz w:val="${o.size ?? 32}"/><w:szCs w:val="${o.size ?? 32}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`

const paragraph = (
  text: string,
  o: { center?: boolean; size?: number; bold?: boolean; font?: string; indent?: boolean } = {},
) =>
  `<w:p><w:pPr>${o.center ? '<w:jc w:val="center"/>' : ''}${o.indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : ''}<w:spacing w:line="560" w:lineRule="exact"/></w:pPr>${run(text, o)}</w:p>`

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
  const prose = (text?: string | null) =>
    (text ?? '')
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => paragraph(line.trim(), { indent: true }))
      .join('')
  const body =
    paragraph(notice.title, { center: true, size: 44, font: '方正小标宋简体' }) +
    prose(notice.intro) +
    table(notice.table) +
    prose(notice.closing)
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>${fonts('仿宋_GB2312')}<w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles),
  })
}
