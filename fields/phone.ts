/** A contact phone number (mobile or landline with its area code). */
import type { TextField } from 'payload'

import { CONTACT_PHONE } from '../domain/places/sites'
import type { Label } from '../i18n/labels'

export const contactPhoneField = (name: string, label: Label): TextField => ({
  name,
  type: 'text',
  label,
  validate: (v: string | null | undefined) =>
    !v || CONTACT_PHONE.test(v) || '电话格式不正确（手机 11 位或座机 0551-1234567）/ invalid phone number',
})
