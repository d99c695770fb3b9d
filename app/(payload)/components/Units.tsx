'use client'
/**
 * Weights and money as people read and type them: kilograms with decimals (stored as whole grams) and
 * yuan with fen (stored as whole fen). The stored value stays an integer; only the admin shows units.
 */
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClientComponent, NumberFieldClientProps } from 'payload'
import type React from 'react'
import { useState } from 'react'

import { formatWeight, formatYuan } from '../../../domain/points/titles'

function ScaledNumber(props: NumberFieldClientProps & { scale: number; unit: string; step: string }) {
  const { field, path, readOnly, scale, unit, step } = props
  const { value, setValue, showError } = useField<number | null>({ path: path ?? field.name })
  // What the person is typing ("1.", "1.50"); otherwise the stored value in the unit.
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? (value === null || value === undefined ? '' : String(value / scale))
  const disabled = readOnly || field.admin?.readOnly
  return (
    <div className={`field-type number${showError ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel label={field.label} path={path ?? field.name} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path ?? field.name} showError={showError} />
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <input
            id={`field-${(path ?? field.name).replace(/\./g, '__')}`}
            name={path ?? field.name}
            type="number"
            inputMode="decimal"
            step={step}
            min={0}
            disabled={disabled}
            value={text}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
              setDraft(e.target.value)
              setValue(e.target.value === '' ? null : Math.round(Number(e.target.value) * scale))
            }}
            onBlur={() => setDraft(null)}
          />
          <span aria-hidden>{unit}</span>
        </div>
      </div>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}

/** Grams, shown and typed in kilograms (1.5 → 1500 g). */
export const KilogramsField: NumberFieldClientComponent = (props) => (
  <ScaledNumber {...props} scale={1000} unit="kg" step="0.001" />
)

/** Fen, shown and typed in yuan (368.00 → 36800 fen). */
export const YuanField: NumberFieldClientComponent = (props) => (
  <ScaledNumber {...props} scale={100} unit="元" step="0.01" />
)

export const KilogramsCell = ({ cellData }: DefaultCellComponentProps) =>
  typeof cellData === 'number' ? <span>{formatWeight(cellData)}</span> : null

export const YuanCell = ({ cellData }: DefaultCellComponentProps) =>
  typeof cellData === 'number' ? <span>{formatYuan(cellData)}</span> : null
