/** Hooks of `sanitation-contracts`: dates in order, villages of the contract's town, villages' marks kept current. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { refId, sameRef } from '../../../shared/refs'
import type { SanitationContract } from '../../../payload-types'
import { markVillages } from './coverage'
import { badRequest } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'

const villagesOf = (doc: Pick<SanitationContract, 'villages'> | undefined) =>
  (doc?.villages ?? []).map((v) => refId(v)).filter((v): v is number => v !== null)

export const checkContract: CollectionBeforeChangeHook<SanitationContract> = async ({ data, originalDoc, req }) => {
  const start = data.start ?? originalDoc?.start
  const end = data.end ?? originalDoc?.end
  if (start && end && end.slice(0, 10) < start.slice(0, 10)) throw badRequest(req, 'CONTRACT_DATES')
  const town = data.town ?? originalDoc?.town
  for (const id of villagesOf({ villages: data.villages ?? originalDoc?.villages })) {
    const village = await findRef(req, 'villages', id)
    if (!village) throw badRequest(req, 'UNKNOWN_VILLAGE', { id })
    if (!sameRef(village.town, town)) throw badRequest(req, 'VILLAGE_NOT_IN_TOWN', { name: village.name })
  }
  return data
}

export const markAfterChange: CollectionAfterChangeHook<SanitationContract> = async ({ doc, previousDoc, req }) => {
  await markVillages(req, [...villagesOf(doc), ...villagesOf(previousDoc)])
  return doc
}

export const markAfterDelete: CollectionAfterDeleteHook<SanitationContract> = async ({ doc, req }) => {
  await markVillages(req, villagesOf(doc))
  return doc
}
