/** What every public page shares: the Payload instance, messages for refused forms, dates in Shanghai time. */
import config from '@payload-config'
import Link from 'next/link'
import { getPayload, type CollectionSlug, type DataFromCollectionSlug } from 'payload'

import { CAMPAIGN_KINDS, COVERAGE_KINDS } from '../../domain/publicity/kinds'
import { parseId } from '../../shared/refs'
import type { Campaign } from '../../payload-types'
import { formatShanghai } from '../../shared/time'
import { isMessageCode, render } from '../../shared/i18n/messages'

export const cms = () => getPayload({ config })

/** A day as the public reads it: 2026年11月29日. */
export function day(at: string | null | undefined): string {
  if (!at) return ''
  const [y, m, d] = formatShanghai(at).slice(0, 10).split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

export const moment = (at: string | null | undefined) => (at ? formatShanghai(at) : '')

type Search = Promise<Record<string, string | string[] | undefined>>

export async function param(searchParams: Search, name: string): Promise<string | undefined> {
  const value = (await searchParams)[name]
  return Array.isArray(value) ? value[0] : value
}

/** Form fields as the public forms name them, for "the request is invalid at …". */
const FIELDS: Record<string, string> = {
  groupName: '团体名称',
  size: '人数',
  contactName: '联系人',
  contactPhone: '联系电话',
  email: '电子邮箱',
  text: '内容',
  name: '署名',
  contact: '联系方式',
  cardNumber: '卡号',
  last4: '手机号后四位',
  site: '投放点',
  slot: '时段',
  address: '上门地址',
}

type Query = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

/** Why a form was refused, from what the endpoint sent back (`?error=CODE` and the refusal's figures). */
export function Refusal({ search }: { search: Query }) {
  const code = one(search.error)
  if (!code) return null
  const field = one(search.field)
  const text = isMessageCode(code)
    ? render('zh', code, {
        max: 1000,
        free: one(search.free) || '0',
        capacity: one(search.capacity),
        minutes: one(search.minutes) || '10',
        path: FIELDS[field] ?? (field || '表单'),
      })
    : '提交未成功，请检查后重试。'
  return (
    <p className="notice error" role="alert" data-error={code}>
      {text}
    </p>
  )
}

/** A field only robots fill in: hidden from people (and from screen readers), not from the form. */
export function SpamTrap() {
  return (
    <div className="trap" aria-hidden="true">
      <label>
        网址（请勿填写）
        <input type="text" name="website" tabIndex={-1} autoComplete="off" />
      </label>
    </div>
  )
}

/** A public image, served by Payload with its access rules (no image optimiser runs on an offline server). */
export function Photo({ src, alt }: { src: string; alt: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- see above: Payload serves the file, as is
  return <img src={src} alt={alt} loading="lazy" />
}

/**
 * One record as the public may read it (access control on, no user): a draft, a held or an unknown one is
 * null alike, so its page answers 404.
 */
export async function publicById<S extends CollectionSlug>(
  collection: S,
  raw: string,
  depth = 1,
): Promise<DataFromCollectionSlug<S> | null> {
  const id = parseId(raw)
  if (id === null) return null
  const payload = await cms()
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    limit: 1,
    depth,
    overrideAccess: false,
  })
  return (found.docs[0] as DataFromCollectionSlug<S> | undefined) ?? null
}

/** A campaign in a list of news: title, kind, date, place, its coverage by kind, summary. */
export function CampaignCard({ c }: { c: Campaign }) {
  const outlets = [...new Set((c.coverage ?? []).map((m) => COVERAGE_KINDS[m.kind].zh))]
  return (
    <li>
      <h3>
        <Link href={`/news/${c.id}`}>{c.title}</Link>
      </h3>
      <p className="muted">
        <span className="tag">{CAMPAIGN_KINDS[c.kind].zh}</span>
        {day(c.date)}
        {c.place ? ` · ${c.place}` : ''}
        {outlets.length ? ` · 媒体报道 ${c.coverage!.length} 篇（${outlets.join('、')}）` : ''}
      </p>
      {c.summary && <p>{c.summary}</p>}
    </li>
  )
}
