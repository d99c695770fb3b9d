'use client'
/**
 * 工作情况汇报: the draft in the browser — the date, the rates' period and the sections, the prose items to edit —
 * every sentence filled from the records with its figures marked and their definitions on hover, what is missing
 * and where to enter it, and the downloads of exactly what is previewed (each kept in 汇报下载记录).
 */
import { useCallback, useEffect, useState } from 'react'

import { PROSE, type ProseKey } from '../../../domain/metrics/reportProse'
import { REPORT_PERIODS, REPORT_SECTIONS } from '../../../domain/metrics/reportPeriods'
import { shanghaiDay } from '../../../shared/time'

type Segment = string | { text: string; note: string }
type Block = { level: string; segments: Segment[] }
type Draft = {
  title: string
  blocks: Block[]
  missing: Array<{ item: string; what: string; where: string }>
  options: { prose: Record<ProseKey, string> }
}

const STYLE: Record<string, React.CSSProperties> = {
  title: { textAlign: 'center', fontSize: 22, fontWeight: 700, margin: '8px 0' },
  subtitle: { textAlign: 'center', margin: '4px 0 16px' },
  h1: { fontWeight: 700, fontFamily: 'sans-serif', margin: '12px 0 4px', textIndent: '2em' },
  h2: { fontWeight: 700, margin: '10px 0 4px', textIndent: '2em' },
  body: { textIndent: '2em', margin: '4px 0', lineHeight: 1.9, textAlign: 'justify' },
}

async function saveFile(res: Response, fallback: string) {
  const blob = await res.blob()
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1]
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = name ? decodeURIComponent(name) : fallback
  document.body.appendChild(a)
  a.click()
  a.remove()
}

export function WorkReportDownload() {
  const [date, setDate] = useState(() => shanghaiDay(new Date()))
  const [period, setPeriod] = useState<keyof typeof REPORT_PERIODS>('ytd')
  const [sections, setSections] = useState<keyof typeof REPORT_SECTIONS>('all')
  const [prose, setProse] = useState<Partial<Record<ProseKey, string>>>({})
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<string | null>(null)
  const body = useCallback(() => ({ date, period, sections, prose }), [date, period, sections, prose])

  const preview = useCallback(async () => {
    setError(null)
    const res = await fetch('/api/work-report/preview', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body()),
    })
    const json = await res.json()
    if (!res.ok) {
      setDraft(null)
      setError(json?.errors?.[0]?.message ?? '预览失败')
      return
    }
    setDraft(json as Draft)
    setProse((p) => (Object.keys(p).length ? p : (json as Draft).options.prose))
  }, [body])

  useEffect(() => {
    // The first preview when the page opens (its state is set when the answer arrives); later ones on 预览.
    const first = setTimeout(() => void preview(), 0)
    return () => clearTimeout(first)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const download = async (format: 'docx' | 'pdf') => {
    const res = await fetch('/api/work-report/download', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body(), format }),
    })
    if (!res.ok)
      setError(((await res.json()) as { errors?: Array<{ message: string }> })?.errors?.[0]?.message ?? '下载失败')
    else await saveFile(res, `工作情况汇报-${date}.${format}`)
  }

  return (
    <div className="field-type" style={{ marginBottom: 24 }} id="work-report">
      <label className="field-label">工作情况汇报（预览、编辑、下载 Word / PDF）</label>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          汇报日期 <input id="work-report-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          比率统计期{' '}
          <select
            id="work-report-period"
            value={period}
            onChange={(e) => setPeriod(e.target.value as keyof typeof REPORT_PERIODS)}
          >
            {Object.entries(REPORT_PERIODS).map(([k, l]) => (
              <option key={k} value={k}>
                {l.zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          范围{' '}
          <select
            id="work-report-sections"
            value={sections}
            onChange={(e) => setSections(e.target.value as keyof typeof REPORT_SECTIONS)}
          >
            {Object.entries(REPORT_SECTIONS).map(([k, l]) => (
              <option key={k} value={k}>
                {l.zh}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          id="work-report-preview"
          onClick={() => void preview()}
        >
          预览
        </button>
        <button
          type="button"
          className="btn btn--style-primary btn--size-medium"
          id="work-report-download"
          onClick={() => void download('docx')}
        >
          下载 Word
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          id="work-report-pdf"
          onClick={() => void download('pdf')}
        >
          下载 PDF
        </button>
      </div>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      {draft?.missing.length ? (
        <div
          id="work-report-missing"
          style={{ border: '1px solid var(--theme-warning-500)', padding: 12, margin: '12px 0' }}
        >
          <strong>缺少的数据（报告中以【待补】标出）：</strong>
          <ul>
            {draft.missing.map((m, i) => (
              <li key={i}>
                {m.item} {m.what} — <a href={m.where}>去录入</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 24, marginTop: 12 }}>
        <article
          id="work-report-preview-text"
          style={{
            background: '#fff',
            color: '#111',
            padding: '32px 40px',
            fontFamily: 'serif',
            fontSize: 16,
            border: '1px solid #ddd',
          }}
        >
          {draft?.blocks.map((b, i) => (
            <p key={i} style={STYLE[b.level] ?? STYLE.body} data-level={b.level}>
              {b.segments.map((s, j) =>
                typeof s === 'string' ? (
                  <span key={j} style={s.startsWith('【待补') ? { background: '#fde68a' } : undefined}>
                    {s}
                  </span>
                ) : (
                  <mark key={j} title={s.note} className="work-report-figure" style={{ background: '#dbeafe' }}>
                    {s.text}
                  </mark>
                ),
              )}
            </p>
          ))}
        </article>
        <aside id="work-report-prose">
          <strong>可编辑的文字段落</strong>
          <p className="field-description">
            修改后点“预览”，下载的即为预览的内容；默认值在下方“可编辑的文字段落”中保存。
          </p>
          {(Object.keys(PROSE) as ProseKey[]).map((k) => (
            <label key={k} style={{ display: 'block', marginBottom: 8 }}>
              {PROSE[k].label}
              <textarea
                id={`prose-${k}`}
                rows={4}
                style={{ width: '100%' }}
                value={prose[k] ?? ''}
                onChange={(e) => setProse({ ...prose, [k]: e.target.value })}
              />
            </label>
          ))}
        </aside>
      </div>
    </div>
  )
}

type CopyProps = { data?: { id?: number | string }; rowData?: { id?: number | string }; cellData?: unknown }

/** 重新生成: a kept download produced again from its settings. */
export function ReproduceCopy({ data }: CopyProps) {
  return data?.id ? (
    <p>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/work-report/copies/${data.id}`}>
        按原设置重新生成
      </a>
    </p>
  ) : null
}

export function ReproduceCopyCell({ rowData }: CopyProps) {
  return rowData?.id ? <a href={`/api/work-report/copies/${rowData.id}`}>重新生成</a> : null
}
