/**
 * A collection's mark: its records hold the files they reference. A file held by a record (a submitted
 * assessment's evidence, an append-only bin log's photo) can be neither replaced, re-captioned nor deleted, by
 * anyone: the record is a fact, and its evidence is part of it (collections/system/Media/holders.ts).
 * @param when the records that hold their files (a locked assessment); every record when absent.
 */
import type { CollectionConfig, Where } from 'payload'

export type HeldFilesMark = { holdsFiles: { when: Where | null } }

export const holdsFiles = (when: Where | null = null): HeldFilesMark => ({ holdsFiles: { when } })

export const heldFilesOf = (collection: Pick<CollectionConfig, 'custom'>) =>
  (collection.custom as Partial<HeldFilesMark> | undefined)?.holdsFiles
