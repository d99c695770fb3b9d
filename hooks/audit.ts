/**
 * The audit trail: every create, update and delete a person makes leaves one row, in the same
 * transaction. Writes the platform makes itself (`asPlatform`, the bridge, jobs) are not audited row
 * by row — their own logs stand.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { auditSummary, diffRecord } from '../domain/system/audit'
import { isPlatformWrite } from '../shared/platform'
import { currentUser } from '../shared/roles'

export async function writeAudit(
  req: PayloadRequest,
  operation: 'create' | 'update' | 'delete',
  /** A collection's slug, or `globals/<slug>`. */
  collection: string,
  id: number | string,
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  extra: Record<string, unknown> = {},
): Promise<void> {
  if (isPlatformWrite(req)) return
  const user = currentUser(req)!
  const changes = diffRecord(before, after)
  if (operation === 'update' && changes.length === 0 && Object.keys(extra).length === 0) return
  const all = [...changes, ...Object.entries(extra).map(([field, after]) => ({ field, before: null, after }))]
  // Adapter-level, in the act's own transaction: no hooks, no access — the row is the platform's.
  await req.payload.db.create({
    collection: 'audit-log',
    data: {
      at: new Date().toISOString(),
      user: user.id,
      role: user.role ?? null,
      operation,
      collectionSlug: collection,
      recordId: String(id),
      summary: auditSummary(operation, collection, id, all),
      changes: all,
      via: req.payloadAPI ?? null,
    },
    req,
  })
}

export const auditChange: CollectionAfterChangeHook = async ({
  collection,
  data,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  // A password is never written down, not even masked: only that it changed.
  const extra = typeof (data as { password?: unknown } | undefined)?.password === 'string' ? { password: '***' } : {}
  await writeAudit(req, operation, collection.slug, doc.id, operation === 'create' ? null : previousDoc, doc, extra)
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await writeAudit(req, 'delete', collection.slug, id, doc, null)
  return doc
}

/** A saved change of a global (the point rules) by a person. */
export const auditGlobal: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  await writeAudit(
    req,
    'update',
    `globals/${global.slug}`,
    String((doc as { revision?: number }).revision ?? ''),
    previousDoc,
    doc,
  )
  return doc
}
