'use client'
/** Publicity in the admin: a work plan's section rows by their heading, the honour roll's ranking table. */
import { FieldLabel, useField, useRowLabel, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'
import type { JSONFieldClientComponent } from 'payload'

import { DISCLOSURE_STALE_DAYS } from '../../../domain/places/sites'

import type { RollRow } from '../../../domain/publicity/honourRoll'
import { percentText as percent } from '../../../domain/shared/rates'

export function SectionRowLabel() {
  const { data, rowNumber } = useRowLabel<{ heading?: string }>()
  return <span>{`${(rowNumber ?? 0) + 1}. ${data?.heading || ''}`}</span>
}

const cell = { border: '1px solid #999', padding: '4px 8px', textAlign: 'center' as const }

export const RollTableField: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<RollRow[] | null>({ path: path ?? field.name })
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  return (
    <div className="field-type roll-table" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} />
      {!value?.length ? (
        <p className="field-description">
          {zh
            ? '保存后按该月的持卡投放和分类检查记录排名。'
            : 'Ranked on save from the month’s card drops and sorting checks.'}
        </p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{zh ? '名次' : 'Rank'}</th>
              <th style={cell}>{zh ? '单位' : 'Office'}</th>
              <th style={cell}>{zh ? '持卡数' : 'Cards'}</th>
              <th style={cell}>{zh ? '参与数' : 'Took part'}</th>
              <th style={cell}>{zh ? '参与率' : 'Participation'}</th>
              <th style={cell}>{zh ? '准确率' : 'Accuracy'}</th>
            </tr>
          </thead>
          <tbody>
            {value.map((r) => (
              <tr key={String(r.site)} className="roll-row">
                <td style={cell}>{r.rank === 1 ? `${r.rank} 🚩` : r.rank}</td>
                <td style={cell}>{r.name}</td>
                <td style={cell}>{r.cards}</td>
                <td style={cell}>{r.activeCards}</td>
                <td style={cell}>{percent(r.participation)}</td>
                <td style={cell}>{percent(r.accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** The day before which a confirmation is stale. */
const staleCutoff = () => new Date(Date.now() - DISCLOSURE_STALE_DAYS * 86_400_000).toISOString().slice(0, 10)

/** Above the sites list: all, or only the disclosure entries not confirmed for 90 days (or never). */
export function StaleDisclosureFilter() {
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const on = (useSearchParams()?.toString() ?? '').includes('disclosureConfirmedAt')
  // The cut-off as a day, so the server and the browser render the same link.
  const cutoff = staleCutoff()
  const where = `where[or][0][disclosureConfirmedAt][less_than]=${cutoff}&where[or][1][disclosureConfirmedAt][exists]=false`
  return (
    <nav className="quick-filter" style={{ display: 'flex', gap: 16, margin: '8px 0 16px' }}>
      <Link href="/admin/collections/sites" style={{ fontWeight: on ? 400 : 700 }}>
        {zh ? '全部场所' : 'All sites'}
      </Link>
      <Link id="stale-disclosure" href={`/admin/collections/sites?${where}`} style={{ fontWeight: on ? 700 : 400 }}>
        {zh
          ? `只看公示过期（超过 ${DISCLOSURE_STALE_DAYS} 天未核实）`
          : `Stale disclosure only (unconfirmed for ${DISCLOSURE_STALE_DAYS} days)`}
      </Link>
    </nav>
  )
}
