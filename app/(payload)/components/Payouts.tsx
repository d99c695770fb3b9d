'use client'
/**
 * Above the payouts list: compute a closed period's payouts with one click (admins; once per period). With a
 * reason, recompute a period whose payouts are not approved yet (the earlier figures stay in each one's history).
 */
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function ComputePayouts() {
  const { i18n } = useTranslation()
  const { user } = useAuth<{ role?: string }>()
  const zh = i18n.language !== 'en'
  const router = useRouter()
  const [period, setPeriod] = useState('')
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  if (user?.role !== 'admin') return null
  const run = async () => {
    const res = await fetch('/api/subsidy-payouts/compute', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
      body: JSON.stringify({ period: period.trim(), ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    })
    const body = await res.json()
    if (!res.ok) return setMessage({ ok: false, text: body?.errors?.[0]?.message ?? String(res.status) })
    setMessage({
      ok: true,
      text: body.recomputed
        ? zh
          ? `已重算 ${body.recomputed} 个镇（街道）的奖补资金，原数据保留在重算记录中。`
          : `Recomputed for ${body.recomputed} towns; the earlier figures are kept in their history.`
        : zh
          ? `已计算 ${body.created} 个镇（街道）的奖补资金。`
          : `Computed for ${body.created} towns.`,
    })
    router.refresh()
  }
  return (
    <section
      className="compute-payouts"
      style={{ display: 'flex', gap: 12, alignItems: 'center', margin: '8px 0 16px' }}
    >
      <label htmlFor="payout-period">{zh ? '考核期' : 'Period'}</label>
      <input
        id="payout-period"
        value={period}
        placeholder="2026-Q3"
        onChange={(e) => setPeriod(e.target.value)}
        style={{ width: 120 }}
      />
      <label htmlFor="payout-reason">{zh ? '重算原因（仅重算时填写）' : 'Reason (to recompute)'}</label>
      <input id="payout-reason" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 240 }} />
      <Button id="compute-payouts" buttonStyle="secondary" size="small" margin={false} onClick={() => void run()}>
        {zh ? '计算奖补资金' : 'Compute payouts'}
      </Button>
      {message && (
        <span role={message.ok ? 'status' : 'alert'} style={{ color: message.ok ? '#1f7a4d' : '#c0392b' }}>
          {message.text}
        </span>
      )}
    </section>
  )
}
