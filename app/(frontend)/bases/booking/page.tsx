import Link from 'next/link'

import { slotWhen } from '../../../../domain/publicity/bookings'
import { BOOKING_STATUSES } from '../../../../domain/publicity/kinds'
import { cms, param } from '../../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '预约查询' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** A booking by its reference (10 random characters): its status, and the code to show at the door once confirmed. */
export default async function BookingPage({ searchParams }: Props) {
  const ref = (await param(searchParams, 'ref'))?.trim().toUpperCase()
  const payload = await cms()
  const found =
    ref && /^[A-Z2-9]{10}$/.test(ref)
      ? await payload.find({
          collection: 'visit-bookings',
          where: { reference: { equals: ref } },
          limit: 1,
          depth: 1,
          overrideAccess: true,
        })
      : null
  const b = found?.docs[0]
  return (
    <>
      <h1>参观预约查询</h1>
      <form className="stack" method="get" action="/bases/booking">
        <label>
          预约编号
          <input name="ref" defaultValue={ref ?? ''} required pattern="[A-Za-z2-9]{10}" />
        </label>
        <button type="submit">查询</button>
      </form>
      {ref && !b && <p className="notice error">没有找到这个预约编号。</p>}
      {b && (
        <section className="card" data-testid="booking" style={{ marginTop: '1rem' }}>
          <p>
            预约编号：<strong>{b.reference}</strong>（请保存本页地址以便查询）
          </p>
          <p>
            {typeof b.base === 'object' && b.base ? b.base.name : ''} ·{' '}
            {typeof b.slot === 'object' && b.slot ? slotWhen(b.slot.startsAt, b.slot.endsAt) : ''}
          </p>
          <p>
            {b.groupName} · {b.size} 人
          </p>
          <p>
            状态：<strong data-status={b.status}>{BOOKING_STATUSES[b.status].zh}</strong>
          </p>
          {b.status === 'confirmed' && (
            <p>
              入场确认码（参观时出示）：
              <span className="code" data-testid="code">
                {b.code}
              </span>
            </p>
          )}
          {b.status === 'waiting' && <p>该时段已满，有空位时按提交顺序递补。</p>}
          {b.reply && <p>基地回复：{b.reply}</p>}
        </section>
      )}
      <p>
        <Link href="/bases">← 教育基地</Link>
      </p>
    </>
  )
}
