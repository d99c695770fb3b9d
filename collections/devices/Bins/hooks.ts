/** Hooks of `bins`: a device secret on registration and on rotation, shown once. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { newDeviceSecret, sealSecret } from '../../../domain/devices/deviceAuth'
import { forgetDevice } from './directory'
import type { Bin } from '../../../payload-types'
import { currentUser, hasRole } from '../../../shared/roles'
import { isPlatformWrite } from '../../../shared/platform'
import { badRequest, forbidden } from '../../../shared/errors'

const FRESH = 'fenleiFreshSecret'
/** Secrets generated in this request, by device id, waiting to be handed back once. */
const fresh = (context: Record<string, unknown>): Map<string, string> =>
  ((context[FRESH] as Map<string, string> | undefined) ??= new Map<string, string>())

/**
 * What a person may change of a bin's state: take it out of service and back. Being online, offline,
 * full or faulty, and each compartment's fill level, are what the device itself reports.
 */
export const guardBinState: CollectionBeforeChangeHook<Bin> = ({ data, operation, originalDoc, req }) => {
  if (isPlatformWrite(req)) return data
  const user = currentUser(req)
  if (data.rotateSecret && !hasRole(user, 'admin')) {
    throw forbidden(req, 'ADMIN_ONLY', {}, { field: 'rotateSecret' })
  }
  const before = originalDoc?.status ?? 'offline'
  const status = data.status ?? before
  const manual = status === before || status === 'disabled' || (before === 'disabled' && status === 'offline')
  if (!manual) {
    throw forbidden(req, 'BIN_STATE_BY_DEVICE', {}, { field: 'status' })
  }
  const fills = new Map((originalDoc?.compartments ?? []).map((c) => [c.number, c.fillPercent ?? 0]))
  for (const c of data.compartments ?? []) {
    if ((c.fillPercent ?? 0) !== (fills.get(c.number) ?? 0) && !(operation === 'create' && !c.fillPercent)) {
      throw forbidden(req, 'BIN_STATE_BY_DEVICE', {}, { field: 'compartments.fillPercent' })
    }
  }
  return data
}

/** Generates (or rotates) the device secret: stored sealed, handed back once in `newSecret`. */
export const issueSecret: CollectionBeforeChangeHook<Bin> = ({ data, operation, originalDoc, req }) => {
  const numbers = (data.compartments ?? originalDoc?.compartments ?? []).map((c) => c.number)
  if (new Set(numbers).size !== numbers.length) {
    throw badRequest(req, 'DUPLICATE_COMPARTMENT')
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
