/** Hooks of `villages`: the cleaner figures follow the registered population. */
import type { CollectionBeforeChangeHook } from 'payload'

import type { Village } from '../../../payload-types'
import { staffingOf } from '../../countryside'

export const staffVillage: CollectionBeforeChangeHook<Village> = async ({ data, originalDoc, operation, req }) => {
  const population = data.registeredPopulation ?? originalDoc?.registeredPopulation ?? 0
  if (operation === 'update' && population === originalDoc?.registeredPopulation) return data
  return { ...data, ...(await staffingOf(req, originalDoc?.id ?? null, population)) }
}
