import { cache } from 'react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { NoticeTable } from '../../../../domain/assessment/notice'
import { formatYuan } from '../../../../domain/points/titles'
import { day, publicById } from '../../cms'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

/** Read once per request: the page and its metadata share it. */
const load = cache((raw: string) => publicById('ranking-notices', raw, 0))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id))?.title ?? '未找到' }
}

/** A published notice: its prose and the ranking table (a draft answers 404). */
export default async function NoticePage({ params }: Props) {
  const n = await load((await params).id)
  if (!n) notFound()
  const table = n.table as NoticeTable | null
  return (
    <article>
      <h1>{n.title}</h1>
      <p className="muted">区城市管理局 · {day(n.publishedAt)}</p>
      {n.intro && <p>{n.intro}</p>}
      {table?.rows?.length ? (
        <div className="table-wrap">
          <table data-testid="ranking">
            <caption>{n.period} 考核结果</caption>
            <thead>
              <tr>
                <th scope="col">名次</th>
                <th scope="col">镇（街道）</th>
                {table.averages.map((a) => (
                  <th key={a.key} scope="col">
                    {a.name}（{a.max}）
                  </th>
                ))}
                <th scope="col">总分</th>
                <th scope="col">等次</th>
                <th scope="col">奖补资金</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.town}>
                  <td>{r.rank}</td>
                  <td>{r.town}</td>
                  {table.averages.map((a) => (
                    <td key={a.key}>{r.parts.find((p) => p.key === a.key)?.score ?? '—'}</td>
                  ))}
                  <td>{r.total}</td>
                  <td>{r.grade}</td>
                  <td>{r.amountFen === null ? '—' : formatYuan(r.amountFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {n.closing && <p>{n.closing}</p>}
    </article>
  )
}
