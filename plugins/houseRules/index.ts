/**
 * The house rules, a plugin applied to every collection after the areas have added theirs:
 *   - fields read-only in the admin are the server's: refused when a person sends them (hooks/serverFields.ts);
 *   - a field a person may not read is refused whenever their update names it, whatever the value (no oracle);
 *   - every create, update and delete a person makes leaves an audit row in the same transaction (hooks/audit.ts),
 *     unless the collection says `custom: { audit: false }` (the audit log itself, the scheduler's runs);
 *   - the lists people report from get an "export to Excel" button and `GET /api/exports/<slug>` (./exports.ts);
 *     cards and cleaners can be imported from a sheet (`POST /api/imports/<kind>`, ./imports.ts);
 *   - every refusal on /api answers with one coded error shape (shared/errors.ts#codeEveryError).
 */
import type { CollectionConfig, Plugin } from 'payload'

import { auditChange, auditDelete } from '../../hooks/audit'
import { refuseServerFields, refuseUnreadableFields } from '../../hooks/serverFields'
import { codeEveryError } from '../../shared/errors'
import { exportEndpoint } from './exportEndpoint'
import { exportSpecOf } from './exports'
import { importEndpoint, importProgressEndpoint } from './importEndpoint'
import { importerOf } from './imports'

/** A component above a collection's list, after those it already has. */
function aboveList(collection: CollectionConfig, path: string, clientProps: Record<string, unknown>): CollectionConfig {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  const added = [...(components.beforeListTable ?? []), { path, clientProps }]
  return { ...collection, admin: { ...admin, components: { ...components, beforeListTable: added } } }
}

/** Lists people report from (a collection with `custom.export`) get an "export to Excel" button (./exports.ts). */
const withExport = (collection: CollectionConfig) =>
  exportSpecOf(collection)
    ? aboveList(collection, '/app/(payload)/components/Export#ExportButton', { slug: collection.slug })
    : collection

/** A collection with an importer (`custom.import`: cards, cleaners) can be filled from a sheet (./imports.ts). */
function withImport(collection: CollectionConfig): CollectionConfig {
  const importer = importerOf(collection)
  if (!importer) return collection
  const columns = importer.columns.map((c) => (c.required ? `${c.header}*` : c.header)).join('、')
  return aboveList(collection, '/app/(payload)/components/Import#ImportPanel', { kind: collection.slug, columns })
}

function withHouseRules(collection: CollectionConfig): CollectionConfig {
  const audited = (collection.custom as { audit?: boolean } | undefined)?.audit !== false
  const hooks = collection.hooks ?? {}
  return {
    ...withImport(withExport(collection)),
    hooks: {
      ...hooks,
      beforeOperation: [refuseUnreadableFields, ...(hooks.beforeOperation ?? [])],
      beforeChange: [refuseServerFields, ...(hooks.beforeChange ?? [])],
      afterChange: [...(hooks.afterChange ?? []), ...(audited ? [auditChange] : [])],
      afterDelete: [...(hooks.afterDelete ?? []), ...(audited ? [auditDelete] : [])],
    },
  }
}

export const houseRulesPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map(withHouseRules),
  endpoints: [...(config.endpoints ?? []), exportEndpoint, importEndpoint, importProgressEndpoint],
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), codeEveryError] },
})
