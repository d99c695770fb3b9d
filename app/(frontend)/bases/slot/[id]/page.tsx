import Link from 'next/link'
import { notFound } from 'next/navigation'

import { parseId } from '../../../../../shared/refs'
import { cms, Refusal, SpamTrap } from '../../../cms'
import { upcomingSlots } from '../../slots'

export const dynamic = 'force-dynamic'
export const metadata = { title: '预约参观' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The booking form of one slot (works without JavaScript: it posts to /api/public/bookings). */
export default async function SlotPage({ params, searchParams }: Props) {
  const id = parseId((await params).id)
  if (id === null) notFound()
  const payload = await cms()
  const [slot] = await upcomingSlots(payload, { slot: id })
  if (!slot) notFound()
  const base = await payload.findByID({ collection: 'education-bases', id: slot.base, depth: 0, overrideAccess: false })
  return (
    <>
      <h1>预约参观：{base.name}</h1>
      <p>
        时段：<strong>{slot.when}</strong>（可接待 {slot.capacity} 人，剩余{' '}
        <strong data-testid="free">{slot.free}</strong> 人）
      </p>
      {slot.free <= 0 && <p className="notice">该时段已满，提交后将排入候补，有空位时按提交顺序递补并通知您。</p>}
      <Refusal search={await searchParams} />
      <form id="book" className="stack" method="post" action="/api/public/bookings">
        <input type="hidden" name="slot" value={String(slot.id)} />
        <label>
          团体名称（学校班级、单位等）
          <input name="groupName" required maxLength={80} />
        </label>
        <label>
          人数
          <input name="size" type="number" min={1} max={500} required inputMode="numeric" />
        </label>
        <label>
          联系人
          <input name="contactName" required maxLength={40} />
        </label>
        <label>
          联系电话
          <input name="contactPhone" type="tel" required inputMode="tel" pattern="[+0-9 \-]{7,20}" />
        </label>
        <label>
          电子邮箱（可不填，用于接收确认通知）
          <input name="email" type="email" maxLength={120} />
        </label>
        <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <input type="checkbox" name="waitIfFull" defaultChecked style={{ width: 'auto' }} />
          名额不足时排入候补
        </label>
        <SpamTrap />
        <button type="submit">提交预约</button>
      </form>
      <p>
        <Link href={`/bases/${base.id}`}>← 返回基地</Link>
      </p>
    </>
  )
}
