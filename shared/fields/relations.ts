/**
 * Relationship fields that recur across collections: the card, the site, the town, the user who
 * did something. Each factory gives the usual name, label and index; options change what differs.
 */
import type { CollectionSlug, Field, FilterOptions, RelationshipField } from 'payload'

import { t, type Label } from '../i18n/labels'

export type RelationOptions = {
  name?: string
  label?: Label
  required?: boolean
  index?: boolean
  /** Set by the server, never typed by a person. */
  readOnly?: boolean
  sidebar?: boolean
  filterOptions?: FilterOptions
  description?: Label
  /** Several records (a run's sites, an order's alerts). */
  hasMany?: boolean
}

export function relation(
  relationTo: CollectionSlug,
  name: string,
  label: Label,
  o: RelationOptions = {},
): RelationshipField {
  return {
    name: o.name ?? name,
    type: 'relationship',
    relationTo,
    // A literal for each shape of the field's union type.
    ...(o.hasMany ? { hasMany: true as const } : { hasMany: false as const }),
    required: o.required ?? false,
    index: o.index ?? false,
    label: o.label ?? label,
    ...(o.filterOptions ? { filterOptions: o.filterOptions } : {}),
    admin: {
      readOnly: o.readOnly ?? false,
      ...(o.sidebar ? { position: 'sidebar' as const } : {}),
      ...(o.description ? { description: o.description } : {}),
    },
  }
}

export const cardField = (o: RelationOptions = {}) =>
  relation('cards', 'card', t('智能卡', 'Card'), { required: true, index: true, ...o })

export const siteField = (o: RelationOptions = {}) =>
  relation('sites', 'site', t('场所', 'Site'), { required: true, index: true, ...o })

export const townField = (o: RelationOptions = {}) =>
  relation('towns', 'town', t('所属镇（街道）', 'Town'), { required: true, index: true, ...o })

/**
 * Who did something: set by the server from the signed-in user, read-only for everyone, and read by signed-in
 * people only — a public page's record (an approved comment, a published article) never tells a visitor which
 * account moderated or wrote it.
 */
export const actorField = (name: string, label: Label, o: RelationOptions = {}): RelationshipField => ({
  ...relation('users', name, label, { readOnly: true, ...o }),
  access: { read: ({ req }) => Boolean(req.user) },
})

/** A field the server fills in: not offered on a new record's form, shown once the record exists. */
export function onceSaved<F extends Field>(field: F): F {
  const admin = ('admin' in field ? field.admin : undefined) ?? {}
  return { ...field, admin: { ...admin, condition: (data: { id?: unknown } | undefined) => Boolean(data?.id) } }
}

/** The village of a town-owned record: only the villages of the town chosen beside it are offered. */
export function villageField(o: RelationOptions & { hasMany?: boolean } = {}): RelationshipField {
  const field = relation('villages', o.name ?? 'village', t('所属行政村（社区）', 'Village'), {
    index: true,
    ...o,
    filterOptions: ({ siblingData }) => {
      const town = (siblingData as { town?: number | string | { id: number | string } } | undefined)?.town
      const id = town && typeof town === 'object' ? town.id : town
      return id === undefined || id === null || id === '' ? true : { town: { equals: id } }
    },
  })
  return o.hasMany ? ({ ...field, hasMany: true } as RelationshipField) : field
}
