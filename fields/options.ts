/** Select options from a record of value → bilingual label, so option lists read as one table. */
import type { Label } from '../i18n/labels'

export type Option<V extends string = string> = { value: V; label: Label }

export function options<V extends string>(labels: Record<V, Label>): Option<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
}
