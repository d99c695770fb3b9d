import Link from 'next/link'

import { BASE_KINDS } from '../../../domain/publicity/kinds'
import { cms } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '示范教育基地' }

/** 示范教育基地: the four bases, open for visits. */
export default async function Bases() {
  const payload = await cms()
  const bases = await payload.find({
    collection: 'education-bases',
    sort: 'name',
    limit: 50,
    depth: 0,
    overrideAccess: false,
  })
  return (
    <>
      <h1>生活垃圾分类示范教育基地</h1>
      <p>组织社会公众、广大学生参观示范教育基地，普及垃圾分类知识。各基地均可在线预约参观。</p>
      <ul className="cards" data-testid="bases">
        {bases.docs.map((b) => (
          <li key={b.id}>
            <h3>
              <Link href={`/bases/${b.id}`}>{b.name}</Link>
            </h3>
            <p className="muted">
              <span className="tag">{BASE_KINDS[b.kind].zh}</span>
              {b.address}
            </p>
            {b.intro && <p>{b.intro}</p>}
            <p className="muted">开放时间：{b.openingTimes}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
