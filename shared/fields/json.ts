/** A JSON value people read but never type (device requests, telemetry, audit changes). */
import type { JSONField } from 'payload'

import type { Label } from '../i18n/labels'

export const jsonView = (name: string, label: Label): JSONField => ({
  name,
  type: 'json',
  label,
  // Drawn by our own component: Payload's JSON editor would load its code from a CDN.
  admin: { readOnly: true, components: { Field: '/app/(payload)/components/JsonView#JsonView' } },
})
