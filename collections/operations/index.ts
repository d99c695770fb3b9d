/** 运营 operations: door-to-door pickups, collection runs and missed runs, facilities and the storage ledger (work orders follow). */
import { CollectionRuns, MissedCollections } from './CollectionRuns'
import { Facilities } from './Facilities'
import { Pickups } from './Pickups'
import { PickupSlots } from './PickupSlots'
import { StockMovements } from './StockMovements'

export const operationsCollections = [
  PickupSlots,
  Pickups,
  CollectionRuns,
  MissedCollections,
  Facilities,
  StockMovements,
]
