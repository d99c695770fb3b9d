/** 运营 operations: pickups, collection runs and missed runs, facilities and the storage ledger, inspectors' shifts, bin care and work orders. */
import { BinLogs } from './BinLogs'
import { CollectionRuns, MissedCollections } from './CollectionRuns'
import { Facilities } from './Facilities'
import { FillForecasts } from './FillForecasts'
import { InspectorShifts } from './InspectorShifts'
import { Pickups } from './Pickups'
import { PickupSlots } from './PickupSlots'
import { StockMovements } from './StockMovements'
import { WorkOrders } from './WorkOrders'

export const operationsCollections = [
  PickupSlots,
  Pickups,
  CollectionRuns,
  MissedCollections,
  Facilities,
  StockMovements,
  WorkOrders,
  FillForecasts,
  InspectorShifts,
  BinLogs,
]
