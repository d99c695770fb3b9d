/** POST /api/bins/:id/rotate-secret — admins issue a new device secret; returned once. */
import type { Endpoint } from 'payload'

import { currentUser, hasRole } from '../../access/roles'

export const rotateSecretEndpoint: Endpoint = {
  path: '/:id/rotate-secret',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(currentUser(req), 'admin')) {
      return Response.json({ error: { code: 'FORBIDDEN', message: '只有管理员可以重置设备密钥。Admins only.' } }, { status: 403 })
    }
    const id = req.routeParams?.id as string
    const bin = await req.payload.update({ collection: 'bins', id, data: { rotateSecret: true }, req, overrideAccess: true })
    const secret = (bin as { newSecret?: string }).newSecret
    return Response.json({ deviceId: bin.deviceId, secret, secretRotatedAt: bin.secretRotatedAt })
  },
}
