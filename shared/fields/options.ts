/** Select fields from a record of value → bilingual label, so an option list reads as one table. */
import type { SelectField } from 'payload'

import type { Label } from '../i18n/labels'

export type Option<V extends string = string> = { value: V; label: Label }

export function options<V extends string>(labels: Record<V, Label>): Option<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
}

export type SelectOptions = { required?: boolean; defaultValue?: string; index?: boolean; readOnly?: boolean }

export function select(
  name: string,
  label: Label,
  choices: Record<string, Label> | Option[],
  o: SelectOptions = {},
): SelectField {
  return {
    name,
    type: 'select',
    label,
    options: Array.isArray(choices) ? choices : options(choices),
    required: o.required ?? false,
    index: o.index ?? false,
    ...(o.defaultValue !== undefined ? { defaultValue: o.defaultValue } : {}),
    ...(o.readOnly ? { admin: { readOnly: true } } : {}),
  }
}
