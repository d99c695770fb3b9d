/** Fields of public content: images anyone may see, a web link. */
import type { TextField, UploadField } from 'payload'

import { t, type Label } from '../../shared/i18n/labels'
import { relation } from '../../shared/fields/relations'
import { matches } from '../../shared/fields/validate'

/** Images from the media library that are marked public (never a piece of private evidence). */
export const publicImages = (name: string, label: Label): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  label,
  filterOptions: { visibility: { equals: 'public' } },
})

export const webLink = (name: string): TextField => ({
  name,
  type: 'text',
  label: t('链接', 'Link'),
  validate: matches(/^https?:\/\/\S+$/, 'INVALID_LINK'),
})

/** The education base a record belongs to (a base editor's own, set for them when left empty). */
export const baseField = () =>
  relation('education-bases', 'base', t('教育基地', 'Education base'), {
    index: true,
    description: t('基地编辑只能选择本基地', 'A base editor can only choose their own base'),
  })
