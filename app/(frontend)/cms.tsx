/** What every public page shares: the Payload instance, messages for refused forms, dates in Shanghai time. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { parseId } from '../../domain/shared/ids'
import { formatShanghai } from '../../domain/shared/time'
import { isMessageCode, render } from '../../i18n/messages'

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

/** The message of a refused form, from the code the endpoint sent back. */
export function Refusal({ code }: { code?: string }) {
  if (!code) return null
  const text = isMessageCode(code)
    ? render('zh', code, { max: 1000, free: '', capacity: '', minutes: 10 })
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

export const idOf = parseId

/** A public image, served by Payload with its access rules (no image optimiser runs on an offline server). */
export function Photo({ src, alt }: { src: string; alt: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- see above: Payload serves the file, as is
  return <img src={src} alt={alt} loading="lazy" />
}
