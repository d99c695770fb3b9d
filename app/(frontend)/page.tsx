import Link from 'next/link'

import { percentText } from '../../domain/shared/rates'
import { publicFigures } from '../../collections/publicity/site'
import { CampaignCard, cms, day } from './cms'

export const dynamic = 'force-dynamic'

/** Each figure links to its definition (统计口径). */
const Definition = ({ metric }: { metric: string }) => (
  <Link className="definition" href={`/figures#${metric}`}>
    口径
  </Link>
)

const kg = (grams: number) => `${(grams / 1000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })} 千克`

/** The public home page: the programme's live figures, the latest news, open consultations. */
export default async function Home() {
  const payload = await cms()
  const [figures, news, open] = await Promise.all([
    publicFigures(payload),
    payload.find({ collection: 'campaigns', sort: '-date', limit: 4, depth: 0, overrideAccess: false }),
    payload.find({
      collection: 'work-plans',
      where: { status: { equals: 'consultation' } },
      limit: 5,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return (
    <>
      <h1>生活垃圾分类公共服务平台</h1>
      <section aria-labelledby="figures">
        <h2 id="figures">分类进展（实时）</h2>
        <ul className="figures" data-testid="figures">
          <li>
            <span className="value" data-figure="cards">
              {figures.cardsIssued.toLocaleString('zh-CN')}
            </span>
            已发放智能分类卡（张） <Definition metric="cardsIssued" />
          </li>
          <li>
            <span className="value" data-figure="participants">
              {figures.participants.toLocaleString('zh-CN')}
            </span>
            本月参与投放（户 / 人） <Definition metric="participationRate" />
          </li>
          <li>
            <span className="value" data-figure="participation">
              {percentText(figures.participation)}
            </span>
            本月参与率 <Definition metric="participationRate" />
          </li>
          <li>
            <span className="value" data-figure="recyclables">
              {kg(figures.recyclablesGramsThisMonth)}
            </span>
            本月回收可回收物 <Definition metric="tonnageByCategory" />
          </li>
        </ul>
      </section>
      {open.docs.length > 0 && (
        <section aria-labelledby="consult">
          <h2 id="consult">正在征求意见</h2>
          <ul>
            {open.docs.map((p) => (
              <li key={p.id}>
                <Link href={`/policies/${p.id}`}>{p.title}</Link>{' '}
                <span className="muted">（截止 {day(p.consultationEnds)}）</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="news">
        <h2 id="news">新闻动态</h2>
        <ul className="cards">
          {news.docs.map((c) => (
            <CampaignCard key={c.id} c={c} />
          ))}
        </ul>
        <p>
          <Link href="/news">更多新闻 →</Link>
        </p>
      </section>
    </>
  )
}
