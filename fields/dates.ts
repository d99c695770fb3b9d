/** Date fields: a moment (date and time, shown in Shanghai time) or a day. */
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
      date: { pickerAppearance: 'dayAndTime' },
      ...(o.sidebar ? { position: 'sidebar' as const } : {}),
      ...(o.description ? { description: o.description } : {}),
    },
  }
}
