/** Sites and contacts (pure). */
import { t } from '../../shared/i18n/labels'

export const SITE_KINDS = {
  government: t('机关单位', 'Government office'),
  residential: t('居民小区', 'Residential compound'),
  school: t('学校', 'School'),
  street: t('街道（沿街）', 'Street'),
  village: t('农村', 'Village'),
  'education-base': t('教育基地', 'Education base'),
}

/** A mobile number (11 digits) or a landline with its area code (0551-1234567). */
/** A mobile, or a landline with its area code. */
export const CONTACT_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/

/** Where the public complains: a phone as above, or a public service hotline (12319, 0553-12319). */
export const COMPLAINT_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}|(0\d{2,3}-?)?12\d{3})$/

/** A phone as people type it: spaces and dashes between groups, +86 in front. */
export const normalisePhone = (raw: string) =>
  raw
    .replace(/^\s*(\+|00)86[\s-]*/, '')
    .replace(/\s+/g, '')
    .trim()

/** A mobile number: 11 digits starting with 1. */
export const MOBILE_PHONE = /^1\d{10}$/

/** Masks a phone number for everyone but admins: 13812341234 → 138****1234. */
export function maskPhone(phone: string | null | undefined): string | null | undefined {
  if (!phone) return phone
  if (phone.length >= 7) return `${phone.slice(0, 3)}****${phone.slice(-4)}`
  return '****'
}

/** How long a disclosure entry may go unconfirmed before it is stale. */
export const DISCLOSURE_STALE_DAYS = 90

/** A disclosure entry not confirmed for DISCLOSURE_STALE_DAYS (or never) is stale. */
export function disclosureStale(confirmedAt: string | null | undefined, now: Date): boolean {
  return !confirmedAt || now.getTime() - new Date(confirmedAt).getTime() > DISCLOSURE_STALE_DAYS * 86_400_000
}
