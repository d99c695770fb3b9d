/** POST /api/bins/:id/rotate-secret — admins issue a new device secret; returned once. */
import type { Endpoint } from 'payload'

import type { Bin } from '../../../../payload-types'
import { requireRole } from '../../../../shared/endpoint'

export const rotateSecretEndpoint: Endpoint = {
  path: '/:id/rotate-secret',
  method: 'post',
  handler: async (req) => {
    requireRole(req, ['admin'])
    const id = String(req.routeParams?.id ?? '')
    const bin: Bin & { newSecret?: string } = await req.payload.update({
      collection: 'bins',
      id,
      data: { rotateSecret: true },
      req,
      overrideAccess: true,
    })
    return Response.json({ deviceId: bin.deviceId, secret: bin.newSecret, secretRotatedAt: bin.secretRotatedAt })
  },
}
