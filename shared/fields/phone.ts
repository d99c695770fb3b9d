/** A contact phone number (mobile or landline with its area code). */
import type { TextField } from 'payload'

import { COMPLAINT_PHONE, CONTACT_PHONE } from '../../domain/places/sites'
import type { Label } from '../i18n/labels'
import { matches } from './validate'

export const contactPhoneField = (name: string, label: Label, pattern: RegExp = CONTACT_PHONE): TextField => ({
  name,
  type: 'text',
  label,
  validate: matches(pattern, 'INVALID_PHONE'),
})

/** A complaint phone: may also be a public service hotline such as 12319. */
export const complaintPhoneField = (name: string, label: Label): TextField =>
  contactPhoneField(name, label, COMPLAINT_PHONE)
