import type { CollectionConfig } from 'payload'

/** 运营 operations: pickups, collection runs, storage, work orders (issue 12). */
export const operationsCollections: CollectionConfig[] = []
