import Link from 'next/link'

import { cms, day } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '考核通报' }

/** 考核通报: the published notices of town assessments. */
export default async function Notices() {
  const payload = await cms()
  const notices = await payload.find({
    collection: 'ranking-notices',
    sort: '-period',
    limit: 50,
    depth: 0,
    overrideAccess: false,
  })
  return (
    <>
      <h1>考核通报</h1>
      {notices.docs.length ? (
        <ul data-testid="notices">
          {notices.docs.map((n) => (
            <li key={n.id}>
              <Link href={`/notices/${n.id}`}>{n.title || n.period}</Link>{' '}
              <span className="muted">{day(n.publishedAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">暂无已发布的通报。</p>
      )}
    </>
  )
}
