import { cache } from 'react'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CAMPAIGN_KINDS, COVERAGE_KINDS } from '../../../../domain/publicity/kinds'
import type { Media } from '../../../../payload-types'
import { day, publicById, Photo } from '../../cms'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

/** Only what is published (a draft's address answers 404 like one that never existed); read once per request. */
const load = cache((raw: string) => publicById('campaigns', raw, 1))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await load((await params).id)
  return { title: c?.title ?? '未找到' }
}

export default async function CampaignPage({ params }: Props) {
  const c = await load((await params).id)
  if (!c) notFound()
  const photos = (c.photos ?? []).filter((p): p is Media => typeof p === 'object' && p !== null)
  return (
    <article>
      <h1>{c.title}</h1>
      <p className="muted">
        <span className="tag">{CAMPAIGN_KINDS[c.kind].zh}</span>
        {day(c.date)}
        {c.place ? ` · ${c.place}` : ''}
        {c.organisers ? ` · ${c.organisers}` : ''}
        {c.attendance ? ` · 参与 ${c.attendance} 人` : ''}
      </p>
      {c.body ? <RichText data={c.body} /> : c.summary && <p>{c.summary}</p>}
      {photos.length > 0 && (
        <div className="photos">
          {photos.map((p) => (
            <Photo key={p.id} src={p.url ?? ''} alt={p.alt ?? c.title} />
          ))}
        </div>
      )}
      {c.coverage && c.coverage.length > 0 && (
        <section aria-labelledby="coverage">
          <h2 id="coverage">媒体报道</h2>
          <div className="table-wrap">
            <table data-testid="coverage">
              <thead>
                <tr>
                  <th scope="col">媒体</th>
                  <th scope="col">类型</th>
                  <th scope="col">日期</th>
                  <th scope="col">标题</th>
                </tr>
              </thead>
              <tbody>
                {c.coverage.map((m) => (
                  <tr key={m.id}>
                    <td>{m.outlet}</td>
                    <td>{COVERAGE_KINDS[m.kind].zh}</td>
                    <td>{day(m.date)}</td>
                    <td>
                      {m.link ? (
                        <a href={m.link} rel="noopener noreferrer">
                          {m.title}
                        </a>
                      ) : (
                        m.title
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </article>
  )
}
