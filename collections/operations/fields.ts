/** Fields the operations records share. */
import type { UploadField } from 'payload'

import { EVIDENCE_READERS } from '../../domain/system/media'
import type { Label } from '../../shared/i18n/labels'

/**
 * Photos of work on the bins: images the operators' own evidence areas hold (points, devices, operations) or public
 * ones — never another programme's evidence (an assessment's, a village's) attached as if it were this work's.
 */
export const workPhotos = (name: string, label: Label): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  label,
  filterOptions: { or: [{ area: { in: EVIDENCE_READERS.operator } }, { visibility: { equals: 'public' } }] },
})
