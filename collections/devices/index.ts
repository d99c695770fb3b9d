/**
 * 设备 devices: smart bins and gift machines (their sealed secrets, compartments, fill levels and state), their alerts,
 * the fill history and the raw device log with its receipts. The device bridge (`device-bridge/`) speaks for them.
 *
 * Offers the others: `getDevice` / `forgetDevice` (the bridge's cached view of a device), `raiseAlert` /
 * `clearAlert`, `refreshAttention` (a bin's "needs attention" mark).
 */
import { areaPlugin } from '../../plugins/area'
import { markOfflineJob } from '../../jobs/devices/markOffline'
import { Alerts } from './Alerts'
import { Bins } from './Bins'
import { DeviceEvents } from './DeviceEvents'
import { DeviceReceipts } from './DeviceReceipts'
import { FillReadings } from './FillReadings'

export const devicesArea = areaPlugin(() => ({
  collections: [Bins, Alerts, DeviceEvents, DeviceReceipts, FillReadings],
  jobs: [markOfflineJob],
}))

export { forgetDevice, getDevice, type Device } from './Bins/directory'
export { clearAlert, raiseAlert } from './Alerts/raise'
export { refreshAttention } from './Bins/attention'
