/** Whole-number fields: counts, points, grams, fen — never fractions. */
import type { NumberField } from 'payload'

import type { Label } from '../i18n/labels'
import { invalid, type ValidateArgs } from './validate'

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
  return (v: number | null | undefined, { req }: ValidateArgs): true | string => {
    if (v === null || v === undefined) return true
    if (!Number.isInteger(v)) return invalid(req, 'WHOLE_NUMBER')
    if (v < min || v > max) return invalid(req, 'NUMBER_RANGE', { min, max })
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

const UNITS = '/app/(payload)/components/Units'

/** Grams, stored whole; people read and type kilograms. */
export function gramsField(name: string, label: Label, o: WholeOptions = {}): NumberField {
  const field = wholeNumber(name, label, { min: 0, ...o })
  return {
    ...field,
    admin: { ...field.admin, components: { Field: `${UNITS}#KilogramsField`, Cell: `${UNITS}#KilogramsCell` } },
  }
}

/** Money, stored in whole fen; people read and type yuan. */
export function fenField(name: string, label: Label, o: WholeOptions = {}): NumberField {
  const field = wholeNumber(name, label, { min: 0, ...o })
  return { ...field, admin: { ...field.admin, components: { Field: `${UNITS}#YuanField`, Cell: `${UNITS}#YuanCell` } } }
}
