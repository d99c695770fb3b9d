/** 设备 devices: smart bins and gift machines, their alerts, fill history and the raw device log. */
import { Alerts } from './Alerts'
import { Bins } from './Bins'
import { DeviceEvents } from './DeviceEvents'
import { DeviceReceipts } from './DeviceReceipts'
import { FillReadings } from './FillReadings'

export const devicesCollections = [Bins, Alerts, DeviceEvents, DeviceReceipts, FillReadings]
