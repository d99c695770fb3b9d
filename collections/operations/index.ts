/** 运营 operations: door-to-door pickups, facilities and the storage ledger (collection runs and work orders follow). */
import { Facilities } from './Facilities'
import { Pickups } from './Pickups'
import { PickupSlots } from './PickupSlots'
import { StockMovements } from './StockMovements'

export const operationsCollections = [PickupSlots, Pickups, Facilities, StockMovements]
