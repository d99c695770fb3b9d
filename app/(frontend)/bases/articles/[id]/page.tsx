import { cache } from 'react'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import type { Media } from '../../../../../payload-types'
import { day, publicById, Photo } from '../../../cms'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }> }

/** Read once per request: the page and its metadata share it. */
const load = cache((raw: string) => publicById('base-articles', raw, 1))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id))?.title ?? '未找到' }
}

/** A base's published article (a draft answers 404). */
export default async function ArticlePage({ params }: Props) {
  const a = await load((await params).id)
  if (!a) notFound()
  const base = typeof a.base === 'object' && a.base ? a.base : null
  const photos = (a.photos ?? []).filter((p): p is Media => typeof p === 'object' && p !== null)
  return (
    <article>
      <h1>{a.title}</h1>
      <p className="muted">
        {base && <Link href={`/bases/${base.id}`}>{base.name}</Link>} · {day(a.updatedAt)}
      </p>
      {a.body ? <RichText data={a.body} /> : <p>{a.summary}</p>}
      {photos.length > 0 && (
        <div className="photos">
          {photos.map((p) => (
            <Photo key={p.id} src={p.url ?? ''} alt={p.alt ?? a.title} />
          ))}
        </div>
      )}
    </article>
  )
}
