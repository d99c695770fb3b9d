import type { CollectionConfig } from 'payload'

import { admins } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { roleOptions } from '../../access/roles'
import { firstUserIsAdmin, guardRoleChanges } from '../../hooks/system/users'
import { groups, t } from '../../i18n/labels'

/** Staff accounts. Only admins manage users; roles bind town officials and base editors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: t('用户', 'User'), plural: t('用户', 'Users') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: {
    group: groups.system,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'town', 'educationBase'],
    listSearchableFields: ['name', 'email', 'phone'],
  },
  access: {
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeChange: [firstUserIsAdmin, guardRoleChanges] },
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
    },
    {
      name: 'town',
      type: 'relationship',
      relationTo: 'towns',
      saveToJWT: true,
      label: t('所属镇（街道）', 'Town'),
      admin: { condition: (_, sibling) => sibling?.role === 'town-official' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.role !== 'town-official' || Boolean(value) || '镇（街道）工作人员必须绑定一个镇 / a town official needs a town',
    },
    {
      name: 'educationBase',
      type: 'relationship',
      relationTo: 'education-bases',
      saveToJWT: true,
      label: t('所属教育基地', 'Education base'),
      admin: { condition: (_, sibling) => sibling?.role === 'base-editor' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.role !== 'base-editor' || Boolean(value) || '教育基地编辑必须绑定一个基地 / a base editor needs a base',
    },
    { name: 'phone', type: 'text', label: t('电话', 'Phone') },
  ],
}
