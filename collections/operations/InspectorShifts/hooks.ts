/** Hooks of `inspector-shifts`: one plan per day and shift. */
import type { CollectionBeforeChangeHook } from 'payload'

import { INSPECTOR_SHIFTS } from '../../../domain/operations/workOrders'
import type { InspectorShift } from '../../../payload-types'
import { conflict } from '../../../shared/errors'
import { shanghaiDay, shanghaiDayStart } from '../../../shared/time'

export const planShift: CollectionBeforeChangeHook<InspectorShift> = async ({ data, originalDoc, req }) => {
  const day = shanghaiDay(data.day ?? originalDoc!.day)
  const shift = data.shift ?? originalDoc?.shift ?? 'day'
  data.day = shanghaiDayStart(day).toISOString()
  const twin = await req.payload.find({
    collection: 'inspector-shifts',
    where: {
      and: [
        { day: { equals: data.day } },
        { shift: { equals: shift } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (twin.docs.length) throw conflict(req, 'SHIFT_EXISTS', { day, shift: INSPECTOR_SHIFTS[shift].zh })
  data.title = `${day} ${INSPECTOR_SHIFTS[shift].zh}`
  return data
}
