/**
 * Hooks of `honour-rolls`: while it waits for confirmation the ranking is recomputed from the records at
 * every save; publishing freezes it, names who confirmed it and hands the red flag to the top office.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import { refId } from '../../../shared/refs'
import { previousMonth } from '../../../domain/publicity/honourRoll'
import { shanghaiDay } from '../../../shared/time'
import type { HonourRoll } from '../../../payload-types'
import { officeRanking } from './ranking'
import { badRequest } from '../../../shared/errors'

export const rankMonth: CollectionBeforeChangeHook<HonourRoll> = async ({ data, operation, originalDoc, req }) => {
  const month = data.month ?? originalDoc?.month ?? ''
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badRequest(req, 'INVALID_MONTH', { month })
  if (operation === 'update' && data.month !== undefined && data.month !== originalDoc?.month)
    throw badRequest(req, 'ROLL_MONTH_FIXED')
  const was = originalDoc?.status ?? 'draft'
  if (was === 'published') {
    if ((data.status ?? was) !== 'published') throw badRequest(req, 'ROLL_PUBLISHED')
    return data
  }
  const rows = await officeRanking(req, month)
  data.rows = rows
  if ((data.status ?? was) === 'published') {
    if (!rows.length) throw badRequest(req, 'ROLL_EMPTY', { month })
    if (month >= shanghaiDay(new Date()).slice(0, 7)) throw badRequest(req, 'ROLL_MONTH_OPEN', { month })
    const before = await req.payload.find({
      collection: 'honour-rolls',
      where: { and: [{ month: { equals: previousMonth(month) } }, { status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    data.flagHolder = rows[0]!.site as number
    data.previousHolder = (refId(before.docs[0]?.flagHolder) as number | null) ?? null
    data.confirmedBy = currentUser(req)?.id as number
    data.publishedAt = new Date().toISOString()
  }
  return data
}
