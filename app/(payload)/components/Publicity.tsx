'use client'
/** Publicity in the admin: a work plan's section rows by their heading, the honour roll's ranking table. */
import { FieldLabel, useField, useRowLabel, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

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
