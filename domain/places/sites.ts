/** Sites and contacts (pure). */
import { t } from '../../i18n/labels'

export const SITE_KINDS = {
  government: t('机关单位', 'Government office'),
  residential: t('居民小区', 'Residential compound'),
  school: t('学校', 'School'),
  street: t('街道（沿街）', 'Street'),
  village: t('农村', 'Village'),
  'education-base': t('教育基地', 'Education base'),
}

/** A mobile number (11 digits) or a landline with its area code (0551-1234567). */
export const CONTACT_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/

/** A mobile number: 11 digits starting with 1. */
export const MOBILE_PHONE = /^1\d{10}$/

/** Masks a phone number for everyone but admins: 13812341234 → 138****1234. */
export function maskPhone(phone: string | null | undefined): string | null | undefined {
  if (!phone) return phone
  if (phone.length >= 7) return `${phone.slice(0, 3)}****${phone.slice(-4)}`
  return '****'
}
