import Link from 'next/link'

import { PLAN_STATUSES } from '../../../domain/publicity/kinds'
import { cms, day } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '政策文件' }

/** 政策文件: plans open for comments first, then the issued ones. */
export default async function Policies() {
  const payload = await cms()
  const plans = await payload.find({
    collection: 'work-plans',
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
  })
  const open = plans.docs.filter((p) => p.status === 'consultation')
  const issued = plans.docs.filter((p) => p.status === 'issued')
  return (
    <>
      <h1>政策文件</h1>
      <h2>征求意见稿</h2>
      {open.length ? (
        <ul data-testid="consultations">
          {open.map((p) => (
            <li key={p.id}>
              <Link href={`/policies/${p.id}`}>{p.title}</Link>{' '}
              <span className="muted">
                （{PLAN_STATUSES.consultation.zh}，截止 {day(p.consultationEnds)}）
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">目前没有征求意见的文件。</p>
      )}
      <h2>已印发文件</h2>
      {issued.length ? (
        <ul data-testid="issued">
          {issued.map((p) => (
            <li key={p.id}>
              <Link href={`/policies/${p.id}`}>{p.title}</Link>{' '}
              <span className="muted">
                {p.number} · {day(p.issuedAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">暂无。</p>
      )}
    </>
  )
}
