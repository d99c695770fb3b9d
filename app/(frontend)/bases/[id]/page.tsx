import { cache } from 'react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { BASE_KINDS } from '../../../../domain/publicity/kinds'
import { cms, day, publicById } from '../../cms'
import { upcomingSlots } from '../slots'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

/** Read once per request: the page and its metadata share it. */
const load = cache(async (raw: string) => {
  const base = await publicById('education-bases', raw, 0)
  return base ? { payload: await cms(), base } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id)
  return { title: loaded?.base.name ?? '未找到' }
}

/** One base: its details, its published articles and the visit slots with places left. */
export default async function BasePage({ params }: Props) {
  const loaded = await load((await params).id)
  if (!loaded) notFound()
  const { payload, base } = loaded
  const [articles, slots] = await Promise.all([
    payload.find({
      collection: 'base-articles',
      where: { base: { equals: base.id } },
      sort: '-updatedAt',
      limit: 20,
      depth: 0,
      overrideAccess: false,
    }),
    upcomingSlots(payload, { base: base.id }),
  ])
  return (
    <>
      <h1>{base.name}</h1>
      <dl>
        <dt>类型</dt>
        <dd>{BASE_KINDS[base.kind].zh}</dd>
        <dt>地址</dt>
        <dd>{base.address}</dd>
        <dt>开放时间</dt>
        <dd>{base.openingTimes}</dd>
        <dt>联系人</dt>
        <dd>
          {base.contactName} {base.contactPhone && <a href={`tel:${base.contactPhone}`}>{base.contactPhone}</a>}
        </dd>
      </dl>
      {base.intro && <p>{base.intro}</p>}
      <h2>基地动态</h2>
      {articles.docs.length ? (
        <ul data-testid="articles">
          {articles.docs.map((a) => (
            <li key={a.id}>
              <Link href={`/bases/articles/${a.id}`}>{a.title}</Link> <span className="muted">{day(a.updatedAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">暂无文章。</p>
      )}
      <h2 id="visit">预约参观</h2>
      {slots.length ? (
        <div className="table-wrap">
          <table data-testid="slots">
            <thead>
              <tr>
                <th scope="col">时段</th>
                <th scope="col">可接待</th>
                <th scope="col">剩余名额</th>
                <th scope="col">
                  <span className="skip">预约</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {slots.map((s) => (
                <tr key={s.id}>
                  <td>{s.when}</td>
                  <td>{s.capacity} 人</td>
                  <td>{s.free > 0 ? `${s.free} 人` : '已满（可候补）'}</td>
                  <td>
                    <Link href={`/bases/slot/${s.id}`}>{s.free > 0 ? '预约' : '排候补'}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">近期没有可预约的时段，请电话联系基地。</p>
      )}
    </>
  )
}
