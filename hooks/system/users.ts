/** Hooks of the users collection. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser, hasRole, sameRef } from '../../access/roles'
import type { User } from '../../payload-types'
import { forbidden } from '../shared/errors'

/** The very first account of a fresh installation is a district admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.role = 'admin'
  return data
}

const GUARDED = ['role', 'town', 'educationBase'] as const

/**
 * Only admins assign roles and bindings, and nobody changes their own role — so nobody can
 * raise themselves, and the last admin cannot lock the district out by demoting themselves.
 */
export const guardRoleChanges: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  const user = currentUser(req)
  if (!user || operation !== 'update' || !originalDoc) return data
  const changed = GUARDED.filter((f) => data[f] !== undefined && !sameOrBothEmpty(data[f], originalDoc[f]))
  if (changed.length === 0) return data
  if (!hasRole(user, 'admin')) {
    throw forbidden('ROLE_ADMIN_ONLY', '只有管理员可以修改角色和所属单位。Only admins change roles and bindings.')
  }
  if (changed.includes('role') && String(originalDoc.id) === String(user.id)) {
    throw forbidden('OWN_ROLE', '不能修改自己的角色。Nobody can change their own role.')
  }
  return data
}

function sameOrBothEmpty(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === ''
  if (empty(a) && empty(b)) return true
  if (typeof a === 'string' && typeof b === 'string') return a === b
  return sameRef(a as never, b as never)
}
