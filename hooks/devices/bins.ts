/** Hooks of `bins`: a device secret on registration and on rotation, shown once. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { newDeviceSecret, sealSecret } from '../../domain/devices/deviceAuth'
import { forgetDevice } from '../../device-bridge/devices'
import type { Bin } from '../../payload-types'
import { badRequest } from '../shared/errors'

const FRESH = 'fenleiFreshSecret'
/** Secrets generated in this request, by device id, waiting to be handed back once. */
const fresh = (context: Record<string, unknown>): Map<string, string> =>
  ((context[FRESH] as Map<string, string> | undefined) ??= new Map<string, string>())

/** Generates (or rotates) the device secret: stored sealed, handed back once in `newSecret`. */
export const issueSecret: CollectionBeforeChangeHook<Bin> = ({ data, operation, originalDoc, req }) => {
  const numbers = (data.compartments ?? originalDoc?.compartments ?? []).map((c) => c.number)
  if (new Set(numbers).size !== numbers.length) {
    throw badRequest('DUPLICATE_COMPARTMENT', '箱格编号重复。Each compartment number appears once.')
  }
  if (operation === 'create' || data.rotateSecret) {
    const secret = newDeviceSecret()
    data.secretSealed = sealSecret(secret, req.payload.secret)
    data.secretRotatedAt = new Date().toISOString()
    fresh(req.context).set(String(data.deviceId ?? originalDoc?.deviceId), secret)
  }
  data.rotateSecret = false
  return data
}

export const revealSecretOnce: CollectionAfterChangeHook<Bin> = ({ doc, req }) => {
  forgetDevice(doc.deviceId)
  const secret = fresh(req.context).get(String(doc.deviceId))
  if (!secret) return doc
  fresh(req.context).delete(String(doc.deviceId))
  return { ...doc, newSecret: secret }
}
