/**
 * Every collection, by area, in the order the admin's navigation shows them — each with the house
 * rules every collection keeps: fields read-only in the admin are the server's (refused when a person
 * sends them), every create, update and delete a person makes leaves an audit row, and the lists people
 * report from can be exported to Excel.
 */
import type { CollectionConfig } from 'payload'

import { refuseServerFields } from '../../hooks/serverFields'
import { auditChange, auditDelete } from '../../hooks/audit'
import { isExportSlug } from './exports'
import { IMPORT_COLUMNS } from './imports'
import { assessmentCollections } from '../../collections/assessment'
import { countrysideCollections } from '../../collections/countryside'
import { devicesCollections } from '../../collections/devices'
import { operationsCollections } from '../../collections/operations'
import { placesCollections } from '../../collections/places'
import { pointsCollections } from '../../collections/points'
import { publicityCollections } from '../../collections/publicity'
import { systemCollections } from '../../collections/system'

/** A component above a collection's list, after those it already has. */
function aboveList(collection: CollectionConfig, path: string, clientProps: Record<string, unknown>): CollectionConfig {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  const added = [...(components.beforeListTable ?? []), { path, clientProps }]
  return { ...collection, admin: { ...admin, components: { ...components, beforeListTable: added } } }
}

/** Lists people report from get an "export to Excel" button (services/exports/exports.ts). */
const withExport = (collection: CollectionConfig) =>
  isExportSlug(collection.slug)
    ? aboveList(collection, '/app/(payload)/components/Export#ExportButton', { slug: collection.slug })
    : collection

/** Cards and cleaners can be imported from a sheet (services/imports/imports.ts). */
function withImport(collection: CollectionConfig): CollectionConfig {
  const kind = collection.slug === 'cards' || collection.slug === 'cleaners' ? collection.slug : null
  if (!kind) return collection
  const columns = IMPORT_COLUMNS[kind].map((c) => (c.required ? `${c.header}*` : c.header)).join('、')
  return aboveList(collection, '/app/(payload)/components/Import#ImportPanel', { kind, columns })
}

function withHouseRules(collection: CollectionConfig): CollectionConfig {
  const audited = (collection.custom as { audit?: boolean } | undefined)?.audit !== false
  const hooks = collection.hooks ?? {}
  return {
    ...withImport(withExport(collection)),
    hooks: {
      ...hooks,
      beforeChange: [refuseServerFields, ...(hooks.beforeChange ?? [])],
      afterChange: [...(hooks.afterChange ?? []), ...(audited ? [auditChange] : [])],
      afterDelete: [...(hooks.afterDelete ?? []), ...(audited ? [auditDelete] : [])],
    },
  }
}

export const collections = [
  ...placesCollections,
  ...pointsCollections,
  ...devicesCollections,
  ...countrysideCollections,
  ...assessmentCollections,
  ...operationsCollections,
  ...publicityCollections,
  ...systemCollections,
].map(withHouseRules)
