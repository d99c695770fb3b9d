/**
 * 运营 operations: door-to-door pickups and their slots, collection runs and missed runs, the treatment facilities
 * and the storage ledger, the inspectors' shifts, bin care logs and work orders, the fill forecast, with the
 * operations settings (work-order time limits).
 *
 * Offers the others: `orderForAlert` / `noteAlertClosed` (an alert's work order), `runWorkOrderClock`.
 */
import { areaPlugin } from '../../plugins/area'
import { fillForecastJob } from '../../jobs/operations/fillForecast'
import { missedRunsJob } from '../../jobs/operations/missedRuns'
import { workOrdersJob } from '../../jobs/operations/workOrders'
import { publicPickup } from './Pickups/endpoints/public'
import { BinLogs } from './BinLogs'
import { CollectionRuns, MissedCollections } from './CollectionRuns'
import { Facilities } from './Facilities'
import { FillForecasts } from './FillForecasts'
import { InspectorShifts } from './InspectorShifts'
import { OperationsSettings } from './OperationsSettings'
import { Pickups } from './Pickups'
import { PickupSlots } from './PickupSlots'
import { StockMovements } from './StockMovements'
import { WorkOrders } from './WorkOrders'

export const operationsArea = areaPlugin(() => ({
  collections: [
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
  ],
  globals: [OperationsSettings],
  endpoints: [publicPickup],
  jobs: [workOrdersJob, fillForecastJob, missedRunsJob],
}))

export { noteAlertClosed, openOrderOf, orderForAlert, runWorkOrderClock } from './WorkOrders/open'
