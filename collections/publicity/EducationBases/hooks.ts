/** Hooks of `education-bases`: a base editor keeps their base's details; its name and site are the district's. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import type { EducationBase } from '../../../payload-types'
import { forbidden } from '../../../shared/errors'

export const baseDetailsOnly: CollectionBeforeChangeHook<EducationBase> = ({ data, originalDoc, req }) => {
  if (!hasRole(currentUser(req), 'base-editor')) return data
  if (data.name !== undefined && data.name !== originalDoc?.name) {
    throw forbidden(
      req,
      'ADMIN_ONLY_FIELD',
      { field: req.i18n?.language === 'en' ? 'Name' : '名称' },
      { field: 'name' },
    )
  }
  if (data.site !== undefined && String(refId(data.site) ?? '') !== String(refId(originalDoc?.site) ?? '')) {
    throw forbidden(
      req,
      'ADMIN_ONLY_FIELD',
      { field: req.i18n?.language === 'en' ? 'Site' : '所在场所' },
      { field: 'site' },
    )
  }
  return data
}
