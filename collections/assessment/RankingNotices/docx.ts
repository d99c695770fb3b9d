/**
 * The ranking notice as a Word document (.docx, through shared/documents/docx.ts): title, the prose, the results
 * table; Chinese text set in 仿宋_GB2312 (body) and 方正小标宋简体 (title), as government documents are.
 */
import type { NoticeTable } from '../../../domain/assessment/notice'
import { formatYuan } from '../../../domain/points/titles'
import { DocxBuilder } from '../../../shared/documents/docx'

function tableRows(t: NoticeTable): string[][] {
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
  return [head, ...rows, average]
}

export function noticeDocx(notice: {
  title: string
  intro?: string | null
  closing?: string | null
  table: NoticeTable
}): Promise<Uint8Array> {
  const doc = new DocxBuilder().text(notice.title, { center: true, size: 44, font: '方正小标宋简体' })
  const prose = (text?: string | null) =>
    (text ?? '')
      .split(/\n+/)
      .filter((line) => line.trim())
      .forEach((line) => doc.text(line.trim(), { indent: true }))
  prose(notice.intro)
  doc.table(tableRows(notice.table))
  prose(notice.closing)
  return doc.build()
}
