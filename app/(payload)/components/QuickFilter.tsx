'use client'
/**
 * Above a list: everything, or only the records that need someone (bins that need attention, villages
 * short of cleaners). The collection's config says which filter, and both labels in zh and en.
 */
import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'

type Label = { zh: string; en: string }
export type QuickFilterProps = { slug: string; where: string; all: Label; only: Label; id?: string }

export function QuickFilter({ slug, where, all, only, id }: QuickFilterProps) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const field = where.match(/^where\[(\w+)\]/)?.[1] ?? where
  // From the router, not window: the server renders the same mark the browser then hydrates.
  const on = (useSearchParams()?.toString() ?? '').includes(field)
  return (
    <nav className="quick-filter" style={{ display: 'flex', gap: 16, margin: '8px 0 16px' }}>
      <Link
        href={`/admin/collections/${slug}`}
        aria-current={on ? undefined : 'page'}
        style={{ fontWeight: on ? 400 : 700 }}
      >
        {all[lang]}
      </Link>
      <Link
        id={id ?? `only-${field}`}
        href={`/admin/collections/${slug}?${where}`}
        aria-current={on ? 'page' : undefined}
        style={{ fontWeight: on ? 700 : 400 }}
      >
        {only[lang]}
      </Link>
    </nav>
  )
}
