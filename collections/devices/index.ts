/** 设备 devices: smart bins and gift machines, their alerts and the raw device log. */
import { Alerts } from './Alerts'
import { Bins } from './Bins'
import { DeviceEvents } from './DeviceEvents'
import { DeviceReceipts } from './DeviceReceipts'

export const devicesCollections = [Bins, Alerts, DeviceEvents, DeviceReceipts]
