/** A base editor's records belong to their own base: filled in when left empty, refused for another base. */
import type { CollectionBeforeValidateHook } from 'payload'

import { currentUser, hasRole } from '../../shared/roles'
import { refId, sameRef } from '../../shared/refs'
import { forbidden } from '../../shared/errors'

export const ownBase: CollectionBeforeValidateHook = ({ data, req }) => {
  const user = currentUser(req)
  if (!data || !hasRole(user, 'base-editor')) return data
  const own = refId(user?.educationBase)
  if (own === null) throw forbidden(req, 'NO_BASE_BOUND')
  if (data.base === undefined || data.base === null || data.base === '') return { ...data, base: own }
  if (!sameRef(data.base, own)) throw forbidden(req, 'OTHER_BASE')
  return data
}
