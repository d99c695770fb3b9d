/** Hooks of `collection-runs`: the title, when and by whom it was recorded (the server's). */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import { SHIFTS, TRUCKS, type Shift } from '../../../domain/operations/collection'
import { formatWeight } from '../../../domain/points/titles'
import { shanghaiDay } from '../../../shared/time'
import type { CollectionRun } from '../../../payload-types'

export const stampRun: CollectionBeforeChangeHook<CollectionRun> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.recordedAt = new Date().toISOString()
    data.recordedBy = (currentUser(req)?.id as number | undefined) ?? null
  }
  const day = data.day ?? originalDoc?.day
  const shift = (data.shift ?? originalDoc?.shift) as Shift
  const truck = (data.truck ?? originalDoc?.truck) as keyof typeof TRUCKS
  data.title = `${day ? shanghaiDay(day) : ''} ${SHIFTS[shift]?.zh ?? ''} · ${TRUCKS[truck]?.zh ?? ''} · ${formatWeight(data.grams ?? originalDoc?.grams ?? 0)}`
  return data
}
