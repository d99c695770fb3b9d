/** Hooks of `cleanup-drives`: the title people read ("二坝镇 大拐村 · 2026-10-12 · 3.25 t" (tonnes, to the kilogram)). */
import type { CollectionBeforeChangeHook } from 'payload'

import type { CleanupDrive } from '../../../payload-types'
import { findRef } from '../../../shared/lookup'

export const titleCleanup: CollectionBeforeChangeHook<CleanupDrive> = async ({ data, originalDoc, req }) => {
  const [town, village] = await Promise.all([
    findRef(req, 'towns', data.town ?? originalDoc?.town),
    findRef(req, 'villages', data.village ?? originalDoc?.village),
  ])
  const day = String(data.day ?? originalDoc?.day ?? '').slice(0, 10)
  const grams = data.grams ?? originalDoc?.grams ?? 0
  data.title = [
    [town?.name, village?.name].filter(Boolean).join(' '),
    day,
    `${Number((grams / 1_000_000).toFixed(3))} t`,
  ].join(' · ')
  return data
}
