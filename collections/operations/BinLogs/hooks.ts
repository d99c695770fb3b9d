/** Hooks of `bin-logs`: a log's time and author are the server's; a problem found opens a work order. */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { BIN_LOG_KINDS, BIN_LOG_OUTCOMES } from '../../../domain/operations/workOrders'
import type { BinLog } from '../../../payload-types'
import { badRequest } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'
import { asPlatform } from '../../../shared/platform'
import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { formatShanghai } from '../../../shared/time'

export const stampBinLog: CollectionBeforeChangeHook<BinLog> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const bin = await findRef(req, 'bins', data.bin)
  if (!bin) throw badRequest(req, 'UNKNOWN_BIN', { id: String(refId(data.bin)) })
  const at = new Date().toISOString()
  Object.assign(data, { at, by: (currentUser(req)?.id as number | undefined) ?? null })
  data.title = `${bin.deviceId} · ${BIN_LOG_KINDS[data.kind ?? 'inspection'].zh}${
    data.outcome === 'problem' ? '（发现问题）' : ''
  } · ${formatShanghai(at)}`
  return data
}

export const orderFromInspection: CollectionAfterChangeHook<BinLog> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.outcome !== 'problem') return doc
  const order = await asPlatform(req, () =>
    req.payload.create({
      collection: 'work-orders',
      data: {
        source: 'inspection',
        kind: 'inspection',
        bin: refId(doc.bin) as number,
        description: doc.note || BIN_LOG_OUTCOMES.problem.zh,
        beforePhotos: (doc.photos ?? []).map((p) => refId(p) as number),
        openedBy: (currentUser(req)?.id as number | undefined) ?? null,
        status: 'open',
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
  await req.payload.db.updateOne({
    collection: 'bin-logs',
    id: doc.id,
    data: { workOrder: order.id },
    req,
    returning: false,
  })
  return { ...doc, workOrder: order.id }
}
