import type { Access } from 'payload'

/** No one, admins included, through any API with access control on. */
export const nobody: Access = () => false
