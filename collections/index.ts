/** Every collection, by area, in the order the admin's navigation shows them. */
import { assessmentCollections } from './assessment'
import { countrysideCollections } from './countryside'
import { devicesCollections } from './devices'
import { operationsCollections } from './operations'
import { placesCollections } from './places'
import { pointsCollections } from './points'
import { publicityCollections } from './publicity'
import { systemCollections } from './system'

export const collections = [
  ...placesCollections,
  ...pointsCollections,
  ...devicesCollections,
  ...countrysideCollections,
  ...assessmentCollections,
  ...operationsCollections,
  ...publicityCollections,
  ...systemCollections,
]
