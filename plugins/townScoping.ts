/**
 * Records that belong to a town (villages, sites, and the countryside records to come) share one
 * bundle: who may touch them, the hook that keeps a town official inside their own town, and the
 * town field itself. Every town-owned collection spreads this; the access tests find them all
 * through `custom.townScoped` and run the same attacks on each.
 */
import type { CollectionBeforeChangeHook, CollectionConfig, RelationshipField } from 'payload'

import { admins } from '../shared/access/admins'
import { byRole } from '../shared/access/byRole'
import { ownTown } from '../shared/access/ownTown'
import type { Role } from '../shared/roles'
import { keepInOwnTown } from '../hooks/keepInOwnTown'
import { townField } from '../shared/fields/relations'

export type TownScope = {
  access: NonNullable<CollectionConfig['access']>
  beforeChange: CollectionBeforeChangeHook[]
  townField: RelationshipField
  custom: { townScoped: true }
}

/**
 * @param readers roles besides admins that read every town's records (town officials read their own).
 */
export function townScoped(readers: Role[] = []): TownScope {
  return {
    access: {
      read: ownTown(readers),
      create: byRole('admin', 'town-official'),
      update: ownTown([]),
      delete: admins,
    },
    beforeChange: [keepInOwnTown],
    // A town official's records are always their own town's: the field is not offered (the hook fills it).
    townField: {
      ...townField(),
      admin: {
        condition: (_data, _sibling, { user }) => user?.role !== 'town-official',
      },
    },
    custom: { townScoped: true },
  }
}
