import type { RollRow } from '../../../domain/publicity/honourRoll'
import { percentText as percent } from '../../../domain/shared/rates'
import type { Site } from '../../../payload-types'
import { cms, day } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '光荣榜' }

const monthName = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`

/** 光荣榜 / 流动红旗: each month's ranking of offices, the red flag with its holder. */
export default async function Honour() {
  const payload = await cms()
  const rolls = await payload.find({
    collection: 'honour-rolls',
    sort: '-month',
    limit: 12,
    depth: 1,
    overrideAccess: false,
  })
  return (
    <>
      <h1>光荣榜</h1>
      <p>机关单位垃圾分类月度排名：按持卡参与率排名，参与率相同的按分类准确率。第一名获得流动红旗。</p>
      {rolls.docs.length === 0 && <p className="muted">暂无已发布的光荣榜。</p>}
      {rolls.docs.map((roll) => {
        const rows = (roll.rows ?? []) as RollRow[]
        const holder = roll.flagHolder as Site | null
        const previous = roll.previousHolder as Site | null
        return (
          <section key={roll.id} data-testid="roll">
            <h2>{monthName(roll.month)}</h2>
            {holder && (
              <p className="notice">
                🚩 流动红旗：<strong>{holder.name}</strong>
                {previous && previous.id !== holder.id ? `（由 ${previous.name} 移交）` : previous ? '（蝉联）' : ''}
              </p>
            )}
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">名次</th>
                    <th scope="col">单位</th>
                    <th scope="col">持卡数</th>
                    <th scope="col">参与投放</th>
                    <th scope="col">参与率</th>
                    <th scope="col">准确率</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={String(r.site)}>
                      <td>{r.rank}</td>
                      <td>{r.name}</td>
                      <td>{r.cards}</td>
                      <td>{r.activeCards}</td>
                      <td>{percent(r.participation)}</td>
                      <td>{percent(r.accuracy)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="muted">发布于 {day(roll.publishedAt)}</p>
          </section>
        )
      })}
    </>
  )
}
