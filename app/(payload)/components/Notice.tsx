'use client'
/** The ranking notice's table as the notice prints it: rank, town, each part beside the average, grade, subsidy. */
import { FieldLabel, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent, UIFieldClientComponent } from 'payload'

import type { NoticeTable } from '../../../domain/assessment/notice'
import { formatYuan } from '../../../domain/points/titles'

const cell = { border: '1px solid #999', padding: '4px 8px', textAlign: 'center' as const }

export const NoticeTableField: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<NoticeTable | null>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  return (
    <div className="field-type notice-table" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} />
      {!value?.rows?.length ? (
        <p className="field-description">
          {zh ? '保存后按本考核期已审定的考核生成。' : 'Generated on save from the period’s approved assessments.'}
        </p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{zh ? '名次' : 'Rank'}</th>
              <th style={cell}>{zh ? '镇（街道）' : 'Town'}</th>
              {value.averages.map((a) => (
                <th key={a.key} style={cell}>
                  {a.name}（{a.max}）
                </th>
              ))}
              <th style={cell}>{zh ? '总分' : 'Total'}</th>
              <th style={cell}>{zh ? '等次' : 'Grade'}</th>
              <th style={cell}>{zh ? '奖补资金' : 'Subsidy'}</th>
            </tr>
          </thead>
          <tbody>
            {value.rows.map((r) => (
              <tr key={r.town} className="notice-row">
                <td style={cell}>{r.rank}</td>
                <td style={cell}>{r.town}</td>
                {value.averages.map((a) => (
                  <td key={a.key} style={cell}>
                    {r.parts.find((p) => p.key === a.key)?.score ?? '—'}
                  </td>
                ))}
                <td style={cell}>{r.total}</td>
                <td style={cell}>{r.grade}</td>
                <td style={cell}>{r.amountFen === null ? '—' : formatYuan(r.amountFen)}</td>
              </tr>
            ))}
            <tr>
              <td style={cell} colSpan={2}>
                {zh ? '平均' : 'Average'}
              </td>
              {value.averages.map((a) => (
                <td key={a.key} style={cell}>
                  {a.average}
                </td>
              ))}
              <td style={cell}>{value.averageTotal}</td>
              <td style={cell} colSpan={2} />
            </tr>
          </tbody>
        </table>
      )}
    </div>
  )
}

/** The notice as a Word document (Chinese fonts set), to print or send on. */
export const NoticeDownload: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <p className="notice-download" style={{ marginBottom: 24 }}>
      <a id="notice-docx" href={`/api/ranking-notices/${id}/docx`} download>
        {i18n.language === 'en' ? 'Download as Word (.docx)' : '下载 Word 文档（.docx）'}
      </a>
    </p>
  )
}
