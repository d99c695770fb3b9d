/**
 * Town scoping, a plugin: records that belong to a town (villages, sites, the countryside records, assessments) are
 * marked `custom: townScoped(readers)` and keep a `town` field; this plugin gives each of them the same rules —
 *   - who may touch them: admins and `readers` read every town's, a town official reads and edits only their own
 *     town's, creates are the admins' and town officials', deletes the admins' (a collection may override one);
 *   - the hook that keeps a town official inside their own town (hooks/keepInOwnTown.ts), before the collection's own;
 *   - the town field hidden from town officials (the hook fills it).
 * The access tests find them all through `custom.townScoped` and run the same attacks on each.
 */
import type { CollectionConfig, Field, Plugin } from 'payload'

import { keepInOwnTown } from '../hooks/keepInOwnTown'
import { admins } from '../shared/access/admins'
import { byRole } from '../shared/access/byRole'
import { ownTown } from '../shared/access/ownTown'
import type { Role } from '../shared/roles'

export type TownScopedMark = { townScoped: { readers: Role[] } }

/**
 * A collection's mark: its records belong to a town.
 * @param readers roles besides admins that read every town's records (town officials read their own).
 */
export const townScoped = (readers: Role[] = []): TownScopedMark => ({ townScoped: { readers } })

export const scopeOf = (collection: CollectionConfig) =>
  (collection.custom as Partial<TownScopedMark> | undefined)?.townScoped

/** The `town` field of the record's own level (inside rows, collapsibles and unnamed tabs), hidden from town officials. */
function hideTown(fields: Field[]): { fields: Field[]; found: boolean } {
  let found = false
  const out = fields.map((f): Field => {
    if (f.type === 'relationship' && f.name === 'town') {
      found = true
      const hidden: Field['admin'] = {
        ...f.admin,
        condition: (_data, _sibling, { user }) => user?.role !== 'town-official',
      }
      // The spread loses which kind of relationship field it is (one target or several); it is the same kind.
      return { ...f, admin: hidden } as Field
    }
    if (f.type === 'row' || f.type === 'collapsible') {
      const inner = hideTown(f.fields)
      found ||= inner.found
      return { ...f, fields: inner.fields }
    }
    if (f.type === 'tabs') {
      const tabs = f.tabs.map((tab) => {
        if ('name' in tab && tab.name) return tab
        const inner = hideTown(tab.fields)
        found ||= inner.found
        return { ...tab, fields: inner.fields }
      })
      return { ...f, tabs }
    }
    return f
  })
  return { fields: out, found }
}

function scope(collection: CollectionConfig): CollectionConfig {
  const mark = scopeOf(collection)
  if (!mark) return collection
  const { fields, found } = hideTown(collection.fields)
  if (!found) throw new Error(`${collection.slug} is town-scoped but has no town field`)
  return {
    ...collection,
    fields,
    access: {
      read: ownTown(mark.readers),
      create: byRole('admin', 'town-official'),
      update: ownTown([]),
      delete: admins,
      ...collection.access,
    },
    hooks: {
      ...collection.hooks,
      beforeChange: [keepInOwnTown, ...(collection.hooks?.beforeChange ?? [])],
    },
  }
}

export const townScopingPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map(scope),
})
