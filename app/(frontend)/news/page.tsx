import { CampaignCard, cms } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '新闻动态' }

/** 新闻动态: the published campaigns, newest first, with their media coverage and the materials. */
export default async function News() {
  const payload = await cms()
  const [news, materials] = await Promise.all([
    payload.find({ collection: 'campaigns', sort: '-date', limit: 50, depth: 0, overrideAccess: false }),
    payload.find({
      collection: 'materials',
      where: { kind: { not_equals: 'attachment' } },
      sort: 'kind',
      limit: 50,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  return (
    <>
      <h1>新闻动态</h1>
      <ul className="cards" data-testid="news">
        {news.docs.map((c) => (
          <CampaignCard key={c.id} c={c} />
        ))}
      </ul>
      {news.docs.length === 0 && <p className="muted">暂无新闻。</p>}
      {materials.docs.length > 0 && (
        <>
          <h2>宣传资料下载</h2>
          <ul>
            {materials.docs.map((m) => (
              <li key={m.id}>
                <a href={m.url ?? '#'}>{m.title}</a> {m.description && <span className="muted">— {m.description}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
