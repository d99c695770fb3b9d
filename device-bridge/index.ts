/**
 * The device bridge: smart bins and gift machines talk to the platform here (mounted at
 * /device on the main server). The protocol itself arrives with the device-bridge issue; until
 * then the mount point answers with what it is.
 */
import express, { type Router } from 'express'
import type { Payload } from 'payload'

export function createDeviceBridge(_payload: Payload): Router {
  const router = express.Router()
  router.get('/', (_req, res) => {
    res.json({ service: 'fenlei-device-bridge', versions: [] })
  })
  router.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'No such device endpoint' } })
  })
  return router
}
