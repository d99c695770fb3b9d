'use client'
/**
 * Above the follow-ups list: the cards to call or visit for a period (few points, or a negative balance),
 * read from /api/follow-ups/candidates, each with a button that opens its follow-up.
 */
import { Button, DatePicker, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import { shanghaiDay } from '../../../shared/time'

type Candidate = {
  id: number | string
  cardNumber: string
  holderName?: string | null
  balance: number
  earned: number
  why: 'negative-balance' | 'few-points'
  openFollowUp: boolean
}
type Answer = { from: string; to: string; count: number; candidates: Candidate[] }

const PAGE = 20

/** A day picked in the admin's one format, yyyy-MM-dd (a native date input follows the browser's locale). */
function DayInput(p: { id: string; label: string; value: string; onChange: (day: string) => void }) {
  return (
    <div className="field-type date-time-field" style={{ width: 180 }}>
      <label className="field-label" htmlFor={p.id}>
        {p.label}
      </label>
      <DatePicker
        id={p.id}
        pickerAppearance="dayOnly"
        displayFormat="yyyy-MM-dd"
        value={p.value ? `${p.value}T12:00:00` : undefined}
        onChange={(d) => d && p.onChange(shanghaiDay(d))}
      />
    </div>
  )
}

type Loaded = { answer?: Answer; error?: string }

async function fetchCandidates(period: { from: string; to: string }, language: string): Promise<Loaded> {
  const res = await fetch(`/api/follow-ups/candidates?from=${period.from}&to=${period.to}`, {
    credentials: 'include',
    headers: { 'Accept-Language': language },
  })
  const body = await res.json()
  return res.ok ? { answer: body as Answer } : { error: body?.errors?.[0]?.message ?? String(res.status) }
}

export function FollowUpCandidates() {
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const router = useRouter()
  // The last 30 days by default (Shanghai days: the server's render and the browser's agree).
  const [from, setFrom] = useState(() => shanghaiDay(new Date(Date.now() - 29 * 86_400_000)))
  const [to, setTo] = useState(() => shanghaiDay(new Date()))
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [shown, setShown] = useState(PAGE)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const show = useCallback((result: Loaded) => {
    setError(result.error ?? null)
    if (result.answer) {
      setAnswer(result.answer)
      setShown(PAGE)
    }
  }, [])
  const load = (period: { from: string; to: string }) => void fetchCandidates(period, i18n.language).then(show)

  // The first list loads once, for the default period; later ones when the person asks.
  const [first] = useState({ from, to })
  useEffect(() => {
    let live = true
    void fetchCandidates(first, i18n.language).then((result) => live && show(result))
    return () => {
      live = false
    }
  }, [first, i18n.language, show])

  // The follow-up covers the period the list was computed for (not dates typed since).
  const open = async (c: Candidate, period: { from: string; to: string }) => {
    setBusy(String(c.id))
    const res = await fetch('/api/follow-ups', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
      body: JSON.stringify({
        card: c.id,
        periodFrom: period.from,
        periodTo: period.to,
        pointsInPeriod: c.earned,
        status: 'open',
      }),
    })
    const body = await res.json()
    setBusy(null)
    if (!res.ok) return setError(body?.errors?.[0]?.message ?? String(res.status))
    router.push(`/admin/collections/follow-ups/${body.doc.id}`)
  }

  return (
    <section className="follow-up-candidates" style={{ margin: '8px 0 24px' }}>
      <h3 style={{ margin: '0 0 8px' }}>{zh ? '待回访名单' : 'Cards to follow up'}</h3>
      <form
        style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap' }}
        onSubmit={(e) => {
          e.preventDefault()
          load({ from, to })
        }}
      >
        <DayInput id="candidates-from" label={zh ? '统计开始' : 'From'} value={from} onChange={setFrom} />
        <DayInput id="candidates-to" label={zh ? '统计结束' : 'To'} value={to} onChange={setTo} />
        <Button type="submit" buttonStyle="secondary" size="small" margin={false}>
          {zh ? '查询' : 'Show'}
        </Button>
      </form>
      {error && (
        <p role="alert" style={{ color: '#c0392b' }}>
          {error}
        </p>
      )}
      {answer && (
        <>
          <p className="candidates-count">
            {zh
              ? `${answer.from} 至 ${answer.to}：${answer.count} 张卡积分过低或余额为负`
              : `${answer.from} to ${answer.to}: ${answer.count} cards with few points or a negative balance`}
          </p>
          <div className="table">
            <table>
              <thead>
                <tr>
                  <th>{zh ? '卡号' : 'Card'}</th>
                  <th>{zh ? '持卡人' : 'Holder'}</th>
                  <th>{zh ? '周期内积分' : 'Points in period'}</th>
                  <th>{zh ? '余额' : 'Balance'}</th>
                  <th>{zh ? '原因' : 'Why'}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {answer.candidates.slice(0, shown).map((c) => (
                  <tr key={c.id} className="candidate">
                    <td>{c.cardNumber}</td>
                    <td>{c.holderName ?? '—'}</td>
                    <td>{c.earned}</td>
                    <td style={{ color: c.balance < 0 ? '#c0392b' : undefined }}>{c.balance}</td>
                    <td>
                      {c.why === 'negative-balance'
                        ? zh
                          ? '余额为负'
                          : 'Negative balance'
                        : zh
                          ? '积分过低'
                          : 'Few points'}
                    </td>
                    <td>
                      {c.openFollowUp ? (
                        zh ? (
                          '回访中'
                        ) : (
                          'Open'
                        )
                      ) : (
                        <Button
                          buttonStyle="secondary"
                          size="small"
                          margin={false}
                          disabled={busy !== null}
                          onClick={() => void open(c, answer)}
                        >
                          {zh ? '建立回访' : 'Start follow-up'}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {answer.candidates.length > shown && (
            <Button buttonStyle="secondary" size="small" onClick={() => setShown(shown + PAGE)}>
              {zh ? `再显示 ${PAGE} 张` : `Show ${PAGE} more`}
            </Button>
          )}
        </>
      )}
    </section>
  )
}
