/** 运营 operations: facilities and the storage ledger (pickups, collection runs and work orders follow). */
import { Facilities } from './Facilities'
import { StockMovements } from './StockMovements'

export const operationsCollections = [Facilities, StockMovements]
