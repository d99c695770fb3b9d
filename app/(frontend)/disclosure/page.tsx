import { BIN_KINDS, BIN_STATUSES } from '../../../domain/devices/bins'
import { SITE_KINDS } from '../../../domain/places/sites'
import { env } from '../../../config/env'
import { mapView } from '../../../domain/publicity/map'
import { disclosedSites } from '../../../collections/publicity/site'
import { cms } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '信息公开' }

const W = 800
const H = 520

/**
 * 信息公开: every drop-off point — bins, kinds, status, drop-off times, collection frequency, the person
 * in charge and a complaint phone — on a map drawn from the sites' coordinates (SVG, no tile server).
 */
export default async function Disclosure() {
  const sites = await disclosedSites(await cms())
  const placed = sites.filter(
    (s): s is typeof s & { latitude: number; longitude: number } => s.latitude !== null && s.longitude !== null,
  )
  const view = placed.length ? mapView(placed, W, H, 40, env.MAP_TILE_URL) : null
  return (
    <>
      <h1>信息公开：垃圾分类投放点</h1>
      <p>全区投放点的位置、投放时间、收运频次、责任人和监督电话。发现问题请拨打监督电话，或在“意见征集”中留言。</p>
      {view && (
        <figure style={{ margin: 0 }}>
          <svg className="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="map-title" data-testid="map">
            <title id="map-title">{`投放点分布图（按经纬度绘制，共 ${placed.length} 处）`}</title>
            <rect x="0" y="0" width={W} height={H} fill="#eef4f0" />
            {view.tiles.map((t) => (
              <image key={t.href} href={t.href} x={t.x} y={t.y} width={t.size} height={t.size} />
            ))}
            {placed.map((s) => {
              const p = view.place(s)
              return (
                <a key={s.id} href={`#site-${s.id}`} aria-label={s.name}>
                  <circle cx={p.x} cy={p.y} r={9} fill="#1f7a4d" data-site={s.name} />
                  <text x={p.x + 13} y={p.y + 5} fontSize="15" fill="#1d2521">
                    {s.name}
                  </text>
                </a>
              )
            })}
          </svg>
          <figcaption className="muted">示意图：按各投放点登记的经纬度绘制，点击圆点查看详情。</figcaption>
        </figure>
      )}
      <h2>投放点一览（{sites.length} 处）</h2>
      <div className="table-wrap">
        <table data-testid="sites">
          <thead>
            <tr>
              <th scope="col">投放点</th>
              <th scope="col">投放时间</th>
              <th scope="col">收运频次</th>
              <th scope="col">分类设施</th>
              <th scope="col">责任人</th>
              <th scope="col">监督电话</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.id} id={`site-${s.id}`}>
                <td>
                  <strong>{s.name}</strong>
                  <br />
                  <span className="muted">
                    {s.town} · {SITE_KINDS[s.kind as keyof typeof SITE_KINDS]?.zh} · {s.address}
                  </span>
                </td>
                <td>{s.dropOffTimes || '—'}</td>
                <td>{s.collectionFrequency || '—'}</td>
                <td>
                  {s.bins.length
                    ? s.bins.map((b) => (
                        <div key={b.deviceId}>
                          {BIN_KINDS[b.kind as keyof typeof BIN_KINDS]?.zh ?? b.kind}（
                          {BIN_STATUSES[b.status as keyof typeof BIN_STATUSES]?.zh ?? b.status}）
                        </div>
                      ))
                    : '—'}
                </td>
                <td>{s.personInCharge || '—'}</td>
                <td>{s.complaintPhone ? <a href={`tel:${s.complaintPhone}`}>{s.complaintPhone}</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
