import type { CollectionConfig, CollectionSlug, RelationshipField } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { adminsOrSelf } from './adminsOrSelf'
import { adminsSelfOrOperators } from './access'
import { roleOptions, type Role } from '../../../shared/roles'
import { env } from '../../../config/env'
import { forgetSuccessfulSignIn, limitSignIn } from './signIn'
import {
  clearLocksOnUnlock,
  firstUserIsAdmin,
  guardRoleChanges,
  limitResetRequests,
  ownSessionsOnly,
  resetMail,
} from './hooks'
import { invalid, type ValidateArgs } from '../../../shared/fields/validate'
import { groups, t, type Label } from '../../../shared/i18n/labels'

/** What a role is bound to (a town official's town, a base editor's base): shown and required for that role only. */
const binding = (
  name: string,
  relationTo: CollectionSlug,
  role: Role,
  label: Label,
  missing: 'TOWN_REQUIRED' | 'BASE_REQUIRED',
): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo,
  saveToJWT: true,
  label,
  // Only admins assign bindings: nobody else is offered them.
  admin: { condition: (_, sibling, { user }) => user?.role === 'admin' && sibling?.role === role },
  validate: (value: unknown, { req, siblingData }: ValidateArgs) =>
    siblingData?.role !== role || Boolean(value) || invalid(req, missing),
})

/** Staff accounts. Only admins manage users; roles bind town officials and base editors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: t('用户', 'User'), plural: t('用户', 'Users') },
  auth: {
    // Failed sign-ins are limited per address and account (hooks/system/signIn.ts, REST and GraphQL alike),
    // not by Payload's per-account lock, which anybody could trip to lock an admin out.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: env.PUBLIC_URL?.startsWith('https://') ?? false, sameSite: 'Lax' },
    // minRequestInterval 0: Payload's own interval is a write outside the request's transaction; ours is limitResetRequests.
    forgotPassword: { expiration: 60 * 60 * 1000, minRequestInterval: 0, ...resetMail },
  },
  admin: {
    group: groups.system,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'town', 'educationBase'],
    listSearchableFields: ['name', 'email', 'phone'],
  },
  access: {
    read: adminsSelfOrOperators,
    create: admins,
    update: adminsOrSelf,
    // Accounts are never deleted (who did what must stay readable): an admin deactivates them instead.
    delete: nobody,
    unlock: admins,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeChange: [firstUserIsAdmin, guardRoleChanges],
    beforeOperation: [limitSignIn, limitResetRequests],
    afterLogin: [forgetSuccessfulSignIn],
    afterOperation: [clearLocksOnUnlock],
    afterRead: [ownSessionsOnly],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: t('姓名', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'operator',
      options: roleOptions,
      saveToJWT: true,
      label: t('角色', 'Role'),
      // A role list is offered to admins only (nobody else may change a role).
      admin: { condition: (_data, _sibling, { user }) => user?.role === 'admin' },
    },
    binding('town', 'towns', 'town-official', t('所属镇（街道）', 'Town'), 'TOWN_REQUIRED'),
    binding('educationBase', 'education-bases', 'base-editor', t('所属教育基地', 'Education base'), 'BASE_REQUIRED'),
    { name: 'phone', type: 'text', label: t('电话', 'Phone') },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: t('启用', 'Active'),
      admin: {
        position: 'sidebar',
        description: t(
          '停用后不能登录；账号不删除，以保留操作记录',
          'Deactivated accounts cannot sign in; accounts are kept for the record',
        ),
      },
    },
  ],
}
