'use client'
/**
 * A read-only view of a JSON value (a bin's last heartbeat, a device request, an audit row's changes),
 * drawn by the page itself: Payload's JSON editor loads its code from a CDN a district intranet cannot reach.
 */
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

const KNOWN: Record<string, string> = {
  signal: '信号 (dBm)',
  battery: '电量 (%)',
  voltage: '电压 (V)',
  temperature: '温度 (°C)',
  at: '时间',
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const d = new Date(new Date(value).getTime() + 8 * 3_600_000)
    return d.toISOString().slice(0, 16).replace('T', ' ')
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const flat =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>)
      : null
  return (
    <div className="field-type json" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path ?? field.name} />
      {value === null || value === undefined ? (
        <div style={{ opacity: 0.6 }}>—</div>
      ) : flat && flat.every(([, v]) => typeof v !== 'object' || v === null) ? (
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
          {flat.map(([k, v]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt style={{ opacity: 0.7 }}>{KNOWN[k] ?? k}</dt>
              <dd style={{ margin: 0 }}>{show(v)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320, overflow: 'auto', margin: 0 }}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  )
}
