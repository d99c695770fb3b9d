import { HOLDS_SLOT, PICKUP_STATUSES } from '../../../domain/operations/pickups'
import { slotWhen } from '../../../domain/publicity/bookings'
import { cms, param, Refusal, SpamTrap } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '上门回收预约' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** 上门回收预约: the coming slots with room left, the booking form, and a booking's status by its reference. */
export default async function PickupsPage({ searchParams }: Props) {
  const payload = await cms()
  const ref = (await param(searchParams, 'ref'))?.trim().toUpperCase()
  const now = new Date().toISOString()
  const [slots, found] = await Promise.all([
    payload.find({
      collection: 'pickup-slots',
      where: { startsAt: { greater_than: now } },
      sort: 'startsAt',
      limit: 30,
      depth: 0,
      overrideAccess: true,
    }),
    ref && /^SM[0-9A-F]{10}$/.test(ref)
      ? payload.find({
          collection: 'pickups',
          where: { reference: { equals: ref } },
          limit: 1,
          depth: 1,
          overrideAccess: true,
          select: { reference: true, status: true, slot: true, pointsAwarded: true },
        })
      : null,
  ])
  const held = slots.docs.length
    ? await payload.find({
        collection: 'pickups',
        where: { and: [{ slot: { in: slots.docs.map((s) => s.id) } }, { status: { in: HOLDS_SLOT } }] },
        select: { slot: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    : { docs: [] }
  const taken = new Map<string, number>()
  for (const p of held.docs) taken.set(String(p.slot), (taken.get(String(p.slot)) ?? 0) + 1)
  const open = slots.docs
    .map((s) => ({ ...s, free: s.capacity - (taken.get(String(s.id)) ?? 0) }))
    .filter((s) => s.free > 0)
  const booking = found?.docs[0]
  const slot = booking && typeof booking.slot === 'object' ? booking.slot : null
  return (
    <>
      <h1>上门回收预约</h1>
      <p>
        家中可回收物（纸类、塑料、金属、玻璃）较多时，可预约回收员上门称重回收，重量按联网秤读数计入您的智能分类卡积分。
        上门前 2 小时内不能取消。
      </p>
      {ref && (
        <section className="card" data-testid="pickup-status">
          {booking ? (
            <>
              <p>
                预约编号 <strong>{booking.reference}</strong>
                {slot ? ` · ${slotWhen(slot.startsAt, slot.endsAt)}` : ''}
              </p>
              <p>
                状态：<strong data-status={booking.status}>{PICKUP_STATUSES[booking.status].zh}</strong>
                {booking.status === 'done' ? `，本次积分 ${booking.pointsAwarded ?? 0} 分` : ''}
              </p>
            </>
          ) : (
            <p className="notice error">没有找到这个编号。</p>
          )}
        </section>
      )}
      <h2 id="book">预约</h2>
      <Refusal search={await searchParams} />
      {open.length ? (
        <form className="stack" method="post" action="/api/public/pickups">
          <label>
            上门时段
            <select name="slot" required>
              {open.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {slotWhen(s.startsAt, s.endsAt)}
                  {s.area ? ` · ${s.area}` : ''}（余 {s.free} 户）
                </option>
              ))}
            </select>
          </label>
          <label>
            智能分类卡卡号
            <input name="cardNumber" required maxLength={32} autoComplete="off" />
          </label>
          <label>
            办卡时登记手机号的后四位
            <input name="last4" required inputMode="numeric" pattern="\d{4}" maxLength={4} autoComplete="off" />
          </label>
          <label>
            上门地址
            <input name="address" required maxLength={120} placeholder="小区、楼栋、单元、门牌号" />
          </label>
          <label>
            联系人（可不填）
            <input name="contactName" maxLength={40} />
          </label>
          <label>
            联系电话
            <input name="contactPhone" required inputMode="tel" maxLength={20} />
          </label>
          <label>
            电子邮箱（可不填；填写后，派单、完成、取消时会发邮件告知您）
            <input name="email" type="email" maxLength={120} />
          </label>
          <SpamTrap />
          <button type="submit">提交预约</button>
        </form>
      ) : (
        <p className="muted" data-testid="no-slots">
          近期暂无可预约的时段，也可拨打运营单位电话预约。
        </p>
      )}
      <h2>查询预约</h2>
      <form className="stack" method="get" action="/pickups">
        <label>
          预约编号
          <input name="ref" required defaultValue={ref ?? ''} />
        </label>
        <button type="submit">查询</button>
      </form>
    </>
  )
}
