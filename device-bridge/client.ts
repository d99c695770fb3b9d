/** A reference device client: signs and sends a request (used by the simulator, bench and tests). */
import { sign } from '../domain/devices/deviceAuth'

export type DeviceCredentials = { deviceId: string; secret: string }
export type DeviceResponse = { status: number; body: any; ms: number } // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the bridge

export async function sendSigned(
  base: string,
  device: DeviceCredentials,
  endpoint: 'authorize' | 'events' | 'redeem' | string,
  payload: unknown,
  options: { timestamp?: number; rawBody?: string; signature?: string } = {},
): Promise<DeviceResponse> {
  const body = options.rawBody ?? JSON.stringify(payload)
  const timestamp = String(options.timestamp ?? Date.now())
  const path = `/device/v1/${endpoint}`
  const started = performance.now()
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Device-Id': device.deviceId,
      'X-Timestamp': timestamp,
      'X-Signature':
        options.signature ?? sign(device.secret, { method: 'POST', path, deviceId: device.deviceId, timestamp, body }),
    },
    body,
  })
  const text = await res.text()
  let json: unknown = text
  try {
    json = JSON.parse(text)
  } catch {
    // keep text
  }
  return { status: res.status, body: json, ms: performance.now() - started }
}
