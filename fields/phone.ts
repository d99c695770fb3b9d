/** A contact phone number (mobile or landline with its area code). */
import type { TextField } from 'payload'

import { CONTACT_PHONE } from '../domain/places/sites'
import type { Label } from '../i18n/labels'
import { matches } from './validate'

export const contactPhoneField = (name: string, label: Label): TextField => ({
  name,
  type: 'text',
  label,
  validate: matches(CONTACT_PHONE, 'INVALID_PHONE'),
})
