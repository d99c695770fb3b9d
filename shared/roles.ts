/** The four kinds of user and small helpers every access function shares. */
import type { PayloadRequest } from 'payload'

import { t } from './i18n/labels'
import type { Ref } from './refs'

export const ROLES = ['admin', 'town-official', 'base-editor', 'operator'] as const
export type Role = (typeof ROLES)[number]

export const roleOptions = [
  { value: 'admin', label: t('区城管局管理员', 'District admin') },
  { value: 'town-official', label: t('镇（街道）工作人员', 'Town official') },
  { value: 'base-editor', label: t('教育基地编辑', 'Education-base editor') },
  { value: 'operator', label: t('运营单位', 'Operator') },
] satisfies { value: Role; label: unknown }[]

/** The user as access functions see it. */
export type AppUser = {
  id: number | string
  role?: Role | null
  town?: Ref
  educationBase?: Ref
}

export function currentUser(req: PayloadRequest): AppUser | null {
  const user = req.user as (AppUser & { collection?: string }) | null | undefined
  return user && user.collection === 'users' ? user : null
}

export function hasRole(user: AppUser | null | undefined, ...roles: Role[]): boolean {
  return Boolean(user?.role && roles.includes(user.role))
}
