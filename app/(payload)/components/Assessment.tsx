'use client'
/** How an assessment's rows read when folded: the item with its scores, a finding, a step of the workflow. */
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { formatShanghai } from '../../../shared/time'

type ItemRow = {
  name?: string
  max?: number
  selfScore?: number | null
  reviewScore?: number | null
  findings?: unknown[]
}

export function ItemRowLabel() {
  const { data } = useRowLabel<ItemRow>()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const parts = [
    data?.name ?? '',
    `${zh ? '满分' : 'max'} ${data?.max ?? '—'}`,
    `${zh ? '自评' : 'self'} ${data?.selfScore ?? '—'}`,
    data?.reviewScore !== null && data?.reviewScore !== undefined
      ? `${zh ? '审核' : 'review'} ${data.reviewScore}`
      : null,
    data?.findings?.length ? `${zh ? '扣分' : 'findings'} ${data.findings.length}` : null,
  ]
  return <span className="item-row-label">{parts.filter(Boolean).join(' · ')}</span>
}

type HistoryRow = { at?: string; to?: string; note?: string | null }
const STEPS: Record<string, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '提交', en: 'Submitted' },
  returned: { zh: '退回', en: 'Returned' },
  approved: { zh: '审定', en: 'Approved' },
}

export function HistoryRowLabel() {
  const { data } = useRowLabel<HistoryRow>()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const at = data?.at ? formatShanghai(data.at) : ''
  return <span>{[at, STEPS[data?.to ?? '']?.[lang] ?? data?.to, data?.note].filter(Boolean).join(' · ')}</span>
}

type PartRow = { name?: string; score?: number; max?: number }

export function PartRowLabel() {
  const { data } = useRowLabel<PartRow>()
  return <span>{`${data?.name ?? ''} ${data?.score ?? '—'} / ${data?.max ?? '—'}`}</span>
}
