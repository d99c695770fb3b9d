/**
 * Who, when and where-from are the server's. Every field that is read-only in the admin (provenance,
 * authorship, times of acts, computed results), and every hidden one, is refused when a person's request sends a value for it
 * through REST, GraphQL or the admin: on create it must be empty (or its default), on update unchanged.
 * The platform's own writes (`asPlatform`, the bridge, jobs) set these fields freely.
 *
 * A field the person may not read (hidden, or its `access.read` says no for this record) is refused whenever an
 * update names it, whatever the value: an answer that compared the value with the stored one would tell the
 * guesser when they were right (a card's phone: 10,000 tries recover it from the mask).
 */
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  FieldAccess,
  PayloadRequest,
} from 'payload'

import { refId } from '../shared/refs'
import { isPlatformWrite } from '../shared/platform'
import { forbidden } from '../shared/errors'
import { labelIn } from '../shared/i18n/labels'

type Named = {
  name: string
  label?: unknown
  defaultValue?: unknown
  virtual?: unknown
  hidden?: unknown
  access?: { read?: FieldAccess }
}

/** The top-level fields, through rows, collapsibles and unnamed tabs. */
function topLevel(fields: Field[]): Field[] {
  const out: Field[] = []
  for (const field of fields) {
    if ('fields' in field && (field.type === 'row' || field.type === 'collapsible')) {
      out.push(...topLevel(field.fields))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) if (!('name' in tab)) out.push(...topLevel(tab.fields))
    } else {
      out.push(field)
    }
  }
  return out
}

/** The top-level fields that only the server sets. */
export function serverSetFields(fields: Field[]): Named[] {
  const out: Named[] = []
  for (const field of topLevel(fields)) {
    const readOnly = 'admin' in field && field.admin && 'readOnly' in field.admin && field.admin.readOnly
    if ('name' in field && (readOnly || ('hidden' in field && field.hidden))) out.push(field)
  }
  return [...out, { name: 'createdAt' }, { name: 'updatedAt' }]
}

/** The top-level fields whose reading is limited (hidden from the API, or an `access.read` of their own). */
const limitedFields = (fields: Field[]): Named[] =>
  topLevel(fields).filter(
    (f): f is Field & Named =>
      'name' in f && (('hidden' in f && Boolean(f.hidden)) || ('access' in f && Boolean(f.access?.read))),
  )

/** Whether this person may read the field on this record (Payload's own field access, asked the same way). */
async function mayRead(field: Named, req: PayloadRequest, doc: Record<string, unknown> | undefined) {
  if (field.hidden) return false
  const read = field.access?.read
  if (!read) return true
  return Boolean(await read({ req, id: doc?.id as number | undefined, doc, data: doc, siblingData: doc }))
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)
/** A related record as it comes populated (a document has its timestamps or a file): compared by its id. */
const isDocument = (v: object) => 'id' in v && ('createdAt' in v || 'updatedAt' in v || 'filename' in v)
/**
 * A value reduced to what it means: related records to their ids; an array's rows (which have ids of their own)
 * and groups compared field by field, keys in order, empty fields dropped — so a row cannot be rewritten under
 * its old id.
 */
const normal = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(normal)
  if (typeof v !== 'object' || v === null) return v
  if (isDocument(v)) return refId(v as { id: number })
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => !empty(x))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, x]) => [k, normal(x)]),
  )
}
const same = (a: unknown, b: unknown) =>
  (empty(a) && empty(b)) || JSON.stringify(normal(a)) === JSON.stringify(normal(b))

/** What Payload itself writes from an uploaded file (name, type, size, dimensions, URLs). */
const UPLOAD_FIELDS = new Set([
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'url',
  'thumbnailURL',
  'focalX',
  'focalY',
  'sizes',
])

/**
 * Before an update begins: what the client sent, as it sent it. (By the time the change hooks run, Payload has
 * filled every field the request left out with its stored value, so `data` cannot tell a guess from silence.)
 */
export const refuseUnreadableFields: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { data, id, overrideAccess } = args as { data?: unknown; id?: number | string; overrideAccess?: boolean }
  if (operation !== 'update' || overrideAccess || isPlatformWrite(req) || !data || typeof data !== 'object') return args
  const named = limitedFields(collection.fields).filter((f) => f.name in data)
  if (!named.length) return args
  const doc =
    id === undefined
      ? undefined
      : await req.payload
          .findByID({ collection: collection.slug, id, depth: 0, overrideAccess: true, req })
          .catch(() => undefined)
  for (const field of named) {
    if (await mayRead(field, req, doc as Record<string, unknown> | undefined)) continue
    throw forbidden(req, 'UNREADABLE_FIELD', { field: labelIn(req, field.label, field.name) }, { field: field.name })
  }
  return args
}

export const refuseServerFields: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (isPlatformWrite(req)) return data
  // With a file in the request, Payload describes that file; without one, nobody renames or resizes a record.
  const fromFile = Boolean(collection.upload && req.file)
  for (const field of serverSetFields(collection.fields)) {
    if (fromFile && UPLOAD_FIELDS.has(field.name)) continue
    // A computed (virtual) field never reaches `data`: what the client sent is in the request's body.
    const body =
      field.virtual && req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : null
    const source = field.name in data ? data : body && field.name in body ? body : null
    if (!source) continue
    const value = source[field.name]
    const allowed =
      operation === 'update'
        ? same(value, originalDoc?.[field.name])
        : empty(value) || (typeof field.defaultValue !== 'function' && same(value, field.defaultValue))
    if (!allowed) {
      throw forbidden(req, 'SERVER_SET_FIELD', { field: labelIn(req, field.label, field.name) }, { field: field.name })
    }
  }
  return data
}
