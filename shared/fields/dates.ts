/** Date fields: a moment (date and time, shown yyyy-MM-dd HH:mm) or a day (yyyy-MM-dd): one format everywhere. */
import type { DateField } from 'payload'

import type { Label } from '../i18n/labels'

export type DateOptions = {
  required?: boolean
  index?: boolean
  readOnly?: boolean
  sidebar?: boolean
  description?: Label
}

export function momentField(name: string, label: Label, o: DateOptions = {}): DateField {
  return {
    name,
    type: 'date',
    label,
    required: o.required ?? false,
    index: o.index ?? false,
    admin: {
      readOnly: o.readOnly ?? false,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm', timeFormat: 'HH:mm' },
      ...(o.sidebar ? { position: 'sidebar' as const } : {}),
      ...(o.description ? { description: o.description } : {}),
    },
  }
}

/** A calendar day (a validity date, a commissioning date): shown as yyyy-MM-dd. */
export function dayField(name: string, label: Label, o: DateOptions = {}): DateField {
  const field = momentField(name, label, o)
  return { ...field, admin: { ...field.admin, date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } }
}
