/**
 * The admin's home: the figures of the user's own scope as cards (each with its definition on hover and a 口径 link
 * to it, the value linking to the records behind it, targets beside the rates), the last 30 days' trend, tonnage by category, towns ranked by
 * their latest assessment, and what waits for the user. Rendered on the server; charts are plain SVG.
 */
import type { ServerProps } from 'payload'

import { currentUser } from '../../../shared/roles'
import { dashboardFor } from '../../../collections/metrics/dashboard'
import { FigureDefinitions } from './Definitions'

const tonnes = (grams: number) => `${(grams / 1_000_000).toFixed(2)} 吨`

function Trend({ data }: { data: Array<{ day: string; drops: number; participants: number }> }) {
  const max = Math.max(1, ...data.map((d) => d.drops))
  const maxP = Math.max(1, ...data.map((d) => d.participants))
  const w = 600
  const h = 140
  const bw = w / Math.max(1, data.length)
  const line = data.map((d, i) => `${(i + 0.5) * bw},${h - (d.participants / maxP) * (h - 10)}`).join(' ')
  return (
    <svg
      viewBox={`0 0 ${w} ${h + 18}`}
      role="img"
      aria-label="近 30 天投放次数与参与卡数"
      data-testid="trend"
      style={{ width: '100%', maxWidth: 720 }}
    >
      {data.map((d, i) => (
        <rect
          key={d.day}
          x={i * bw + 2}
          y={h - (d.drops / max) * (h - 10)}
          width={bw - 4}
          height={(d.drops / max) * (h - 10)}
          fill="#7cc49a"
        >
          <title>{`${d.day} 投放 ${d.drops} 次，参与 ${d.participants} 张卡`}</title>
        </rect>
      ))}
      <polyline points={line} fill="none" stroke="#1f6f43" strokeWidth={2} />
      <text x={0} y={h + 14} fontSize={11} fill="currentColor">
        {data[0]?.day}
      </text>
      <text x={w} y={h + 14} fontSize={11} textAnchor="end" fill="currentColor">
        {data.at(-1)?.day}
      </text>
    </svg>
  )
}

export async function Figures(props: ServerProps) {
  const user = currentUser({ user: props.user } as never)
  if (!user) return null
  const d = await dashboardFor(props.payload, user)
  const maxT = Math.max(1, ...d.tonnage.map((t) => t.grams))
  const maxTown = Math.max(1, ...d.towns.map((t) => t.total))
  return (
    <section className="fenlei-dashboard" data-testid="dashboard" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 4 }}>
        {d.scope}概况{' '}
        <small style={{ fontWeight: 400, fontSize: 14 }}>
          （{d.period.from} 至 {d.period.to}；累计数截至今日）
        </small>
      </h2>
      {d.waiting.length > 0 && (
        <div data-testid="waiting" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '12px 0' }}>
          {d.waiting.map((w) => (
            <a
              key={w.label}
              href={w.href}
              className="pill"
              style={{
                padding: '6px 12px',
                borderRadius: 16,
                border: '1px solid var(--theme-elevation-150)',
                background: w.count ? 'var(--theme-warning-100)' : 'transparent',
                textDecoration: 'none',
              }}
            >
              {w.label} <strong>{w.count}</strong>
            </a>
          ))}
        </div>
      )}
      {d.cards.length > 0 && (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 12 }}>
          {d.cards.map((c) => (
            <div
              key={c.key}
              title={c.formula}
              data-figure={c.key}
              className="card"
              style={{ padding: 14, border: '1px solid var(--theme-elevation-150)', borderRadius: 6 }}
            >
              <div style={{ fontSize: 13, opacity: 0.8 }}>{c.label}</div>
              <a href={c.href} style={{ fontSize: 24, fontWeight: 600, textDecoration: 'none' }} data-value>
                {c.value}
              </a>
              {c.target && (
                <div style={{ fontSize: 12, color: c.met ? '#1f6f43' : '#b3261e' }}>
                  {c.target}
                  {c.met ? ' ✓' : ' 未达标'}
                </div>
              )}
              <a href={`#def-${c.key}`} style={{ fontSize: 11 }} data-definition>
                口径
              </a>
            </div>
          ))}
        </div>
      )}
      {d.trend.length > 0 && (
        <>
          <h3 style={{ marginTop: 24 }}>近 30 天投放次数（柱）与参与卡数（线）</h3>
          <Trend data={d.trend} />
        </>
      )}
      {d.tonnage.length > 0 && (
        <>
          <h3>分类投放量</h3>
          <div data-testid="tonnage">
            {d.tonnage.map((t) => (
              <div key={t.label} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '4px 0' }}>
                <span style={{ width: 112, flexShrink: 0 }}>{t.label}</span>
                <span
                  style={{
                    height: 12,
                    width: `${Math.max(2, (t.grams / maxT) * 60)}%`,
                    background: '#7cc49a',
                    borderRadius: 3,
                  }}
                />
                <span>{tonnes(t.grams)}</span>
              </div>
            ))}
          </div>
        </>
      )}
      {d.towns.length > 0 && (
        <>
          <h3>各镇（街道）考核排名（{d.towns[0]!.period}）</h3>
          <ol data-testid="towns">
            {d.towns.map((t) => (
              <li key={t.name} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '4px 0' }}>
                <span style={{ width: 112, flexShrink: 0 }}>{t.name}</span>
                <span
                  style={{
                    height: 12,
                    width: `${Math.max(2, (t.total / maxTown) * 60)}%`,
                    background: '#9db7e0',
                    borderRadius: 3,
                  }}
                />
                <span>{t.total} 分</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {d.cards.length > 0 && (
        <details style={{ marginTop: 16 }} id="figure-definitions">
          <summary style={{ cursor: 'pointer' }}>数据口径（每个数字的定义）</summary>
          <FigureDefinitions />
        </details>
      )}
    </section>
  )
}
