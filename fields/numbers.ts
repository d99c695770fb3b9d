/** Whole-number fields: counts, points, grams, fen — never fractions. */
import type { NumberField } from 'payload'

import type { Label } from '../i18n/labels'

export type WholeOptions = {
  min?: number
  max?: number
  required?: boolean
  defaultValue?: number
  readOnly?: boolean
  sidebar?: boolean
  index?: boolean
  description?: Label
}

/** A validator for an optional whole number within [min, max]. */
export function wholeInRange(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return (v: number | null | undefined): true | string => {
    if (v === null || v === undefined) return true
    if (!Number.isInteger(v)) return '必须是整数 / must be a whole number'
    if (v < min || v > max) return `必须在 ${min}–${max} 之间 / must be ${min}–${max}`
    return true
  }
}

export function wholeNumber(name: string, label: Label, o: WholeOptions = {}): NumberField {
  return {
    name,
    type: 'number',
    label,
    required: o.required ?? false,
    index: o.index ?? false,
    ...(o.defaultValue !== undefined ? { defaultValue: o.defaultValue } : {}),
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.max !== undefined ? { max: o.max } : {}),
    validate: wholeInRange(o.min, o.max),
    admin: {
      readOnly: o.readOnly ?? false,
      ...(o.sidebar ? { position: 'sidebar' as const } : {}),
      ...(o.description ? { description: o.description } : {}),
    },
  }
}
