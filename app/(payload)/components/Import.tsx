'use client'
/**
 * 导入 above the cards and cleaners lists: choose an .xlsx or .csv file, check it (nothing is written; every bad
 * row listed with its reason, the list downloadable), then import it whole — with a progress bar — or not at all.
 */
import { useRef, useState } from 'react'

type RowError = { row: number; column: string; value: string; reason: string }
type Checked = { rows: number; errors: RowError[] }

const csvOf = (errors: RowError[]) =>
  '\uFEFF行号,列,内容,问题\n' +
  errors
    .map((e) => [e.row, e.column, e.value, e.reason].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(','))
    .join('\n')

export function ImportPanel({ kind, columns }: { kind: string; columns: string }) {
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [message, setMessage] = useState('')
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [busy, setBusy] = useState(false)

  const post = async (dryRun: boolean, id?: string) => {
    const form = new FormData()
    form.append('file', file!)
    const res = await fetch(`/api/imports/${kind}?dryRun=${dryRun}${id ? `&id=${id}` : ''}`, {
      method: 'POST',
      body: form,
      credentials: 'include',
    })
    return { status: res.status, body: await res.json() }
  }
  const check = async () => {
    if (!file) return
    setBusy(true)
    setMessage('')
    try {
      const res = await post(true)
      if (res.status !== 200) setMessage(res.body.errors?.[0]?.message ?? '检查失败')
      else setChecked(res.body)
    } catch {
      setMessage('检查失败：无法连接服务器或文件过大。')
    } finally {
      setBusy(false)
    }
  }
  const run = async () => {
    if (!file || !checked) return
    const id = Math.random().toString(36).slice(2)
    setBusy(true)
    setProgress({ done: 0, total: checked.rows })
    const timer = window.setInterval(async () => {
      const p = await fetch(`/api/imports/progress/${id}`, { credentials: 'include' })
        .then((r) => r.json())
        .catch(() => null)
      if (p?.total) setProgress(p)
    }, 300)
    try {
      const res = await post(false, id)
      if (res.status === 201) {
        setProgress({ done: res.body.created, total: res.body.created })
        setMessage(`已导入 ${res.body.created} 行。`)
        setChecked(null)
        window.setTimeout(() => window.location.reload(), 800)
      } else {
        setProgress(null)
        setMessage(res.body.errors?.[0]?.message ?? '导入失败，未写入任何数据。')
      }
    } catch {
      setProgress(null)
      setMessage('导入失败：无法连接服务器，未写入任何数据。')
    } finally {
      window.clearInterval(timer)
      setBusy(false)
    }
  }
  return (
    <details className="import-panel" style={{ margin: '8px 0 16px' }} id={`import-${kind}`}>
      <summary style={{ cursor: 'pointer' }}>从 Excel / CSV 导入</summary>
      <p style={{ fontSize: 13 }}>
        第一行为列名：{columns}。先“检查”（不写入），无问题后再“导入”；有任何一行出错则全部不导入。
      </p>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setChecked(null)
            setMessage('')
          }}
        />
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={!file || busy}
          onClick={check}
          id={`import-${kind}-check`}
        >
          检查
        </button>
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={!checked || checked.errors.length > 0 || busy}
          onClick={run}
          id={`import-${kind}-run`}
        >
          导入
        </button>
      </div>
      {checked && (
        <div data-testid="import-check" style={{ marginTop: 8 }}>
          {checked.errors.length === 0 ? (
            <p>检查通过：{checked.rows} 行可以导入。</p>
          ) : (
            <>
              <p style={{ color: '#b3261e' }}>
                有 {checked.errors.length} 处问题（未写入任何数据）：
                <a
                  download={`导入问题清单.csv`}
                  href={`data:text/csv;charset=utf-8,${encodeURIComponent(csvOf(checked.errors))}`}
                >
                  下载问题清单
                </a>
              </p>
              <table className="table" style={{ fontSize: 13 }}>
                <thead>
                  <tr>
                    <th>行</th>
                    <th>列</th>
                    <th>内容</th>
                    <th>问题</th>
                  </tr>
                </thead>
                <tbody>
                  {checked.errors.slice(0, 200).map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>{e.column}</td>
                      <td>{e.value}</td>
                      <td>{e.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
      {progress && (
        <div style={{ marginTop: 8 }} data-testid="import-progress">
          <progress max={progress.total || 1} value={progress.done} style={{ width: 280 }} /> {progress.done} /{' '}
          {progress.total}
        </div>
      )}
      {message && (
        <p role="status" data-testid="import-message" style={{ marginTop: 8 }}>
          {message}
        </p>
      )}
    </details>
  )
}
