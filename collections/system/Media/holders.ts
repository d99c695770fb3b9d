/**
 * Which records reference a file, found from the collections' own fields (every upload or relationship to
 * `media`, inside arrays and groups too), so a collection added later is covered without a list kept here.
 *   - A file referenced by a record that holds it (`custom: holdsFiles(…)`, shared/heldFiles.ts) is unchangeable:
 *     no new file under its id, no new caption, no deletion — by anyone, admins included.
 *   - A file any record still references is not deleted either: the record would silently lose it (an
 *     emptied evidence list). Remove it from the record first.
 */
import type { CollectionSlug, Field, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { heldFilesOf } from '../../../shared/heldFiles'

const toMedia = (field: Field) =>
  (field.type === 'upload' || field.type === 'relationship') &&
  (Array.isArray(field.relationTo) ? field.relationTo.includes('media') : field.relationTo === 'media')

/** The paths (`items.evidence`, `photos`) of a collection's references to files. */
export function filePaths(fields: Field[], prefix = ''): string[] {
  const out: string[] = []
  for (const field of fields) {
    const name = 'name' in field ? `${prefix}${field.name}` : null
    if (toMedia(field) && name) out.push(name)
    else if ((field.type === 'array' || field.type === 'group') && 'fields' in field)
      out.push(...filePaths(field.fields, 'name' in field && field.name ? `${name}.` : prefix))
    else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
      out.push(...filePaths(field.fields, prefix))
    else if (field.type === 'tabs')
      for (const tab of field.tabs) out.push(...filePaths(tab.fields, 'name' in tab ? `${prefix}${tab.name}.` : prefix))
  }
  return out
}

export type Holder = { collection: SanitizedCollectionConfig; id: number | string; holds: boolean }

/** The first record that references the file: one that holds it if there is one, else any. */
export async function firstHolder(req: PayloadRequest, mediaId: number | string): Promise<Holder | null> {
  let anyHolder: Holder | null = null
  for (const collection of req.payload.config.collections) {
    // Payload's own bookkeeping (document locks, preferences) is not a record that holds a file.
    if (collection.slug === 'media' || collection.slug.startsWith('payload-')) continue
    const paths = filePaths(collection.fields)
    if (!paths.length) continue
    const references: Where = { or: paths.map((p) => ({ [p]: { in: [mediaId] } })) }
    const mark = heldFilesOf(collection)
    const find = (where: Where) =>
      req.payload.find({
        collection: collection.slug as CollectionSlug,
        where,
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    if (mark) {
      const held = await find(mark.when ? { and: [references, mark.when] } : references)
      if (held.docs[0]) return { collection, id: held.docs[0].id, holds: true }
    }
    if (!anyHolder) {
      const found = await find(references)
      if (found.docs[0]) anyHolder = { collection, id: found.docs[0].id, holds: false }
    }
  }
  return anyHolder
}
