/**
 * Excel exports of the lists people report from: cards, drop-offs, the ledger, assessments, payouts and cleaners.
 * Chinese headers; select values as their Chinese labels (read from the collection's own field options, never a
 * second copy); related records by name; times in Shanghai; money in yuan; weights in grams. The rows are the
 * list's own — the same filters and sort as the admin list, through the user's own access.
 */
import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import { formatShanghai } from '../../shared/time'
import { badRequest, notFound } from '../../shared/errors'
import type { CellValue } from '../../shared/documents/xlsx'

type Doc = Record<string, unknown>
export type Column = { header: string; field: string; as?: 'label' | 'name' | 'moment' | 'day' | 'yuan' }

/** What a collection's list exports: the sheet's name and its columns (each collection's own `export.ts`). */
export type ExportSpec = { sheet: string; columns: Column[] }

/** The export a collection declares (`custom.export`), if it has one. */
export const exportSpecOf = (collection: { custom?: Record<string, unknown> } | undefined): ExportSpec | undefined =>
  collection?.custom?.export as ExportSpec | undefined

/** Most rows one export carries. */
export const EXPORT_LIMIT = 100_000

function optionsOf(payload: Payload, slug: CollectionSlug): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  const walk = (fields: Field[]) => {
    for (const f of fields) {
      if ('fields' in f && (f.type === 'row' || f.type === 'collapsible')) walk(f.fields)
      if (f.type === 'select')
        out.set(
          f.name,
          new Map(
            f.options.map((o) =>
              typeof o === 'string'
                ? [o, o]
                : [
                    o.value,
                    typeof o.label === 'string' ? o.label : ((o.label as Record<string, string>).zh ?? o.value),
                  ],
            ),
          ),
        )
    }
  }
  walk(payload.collections[slug].config.fields)
  return out
}

const nameOf = (v: unknown): CellValue => {
  if (!v || typeof v !== 'object') return v === null || v === undefined ? '' : String(v)
  const d = v as Doc
  return String(d.name ?? d.cardNumber ?? d.title ?? d.id ?? '')
}

/**
 * The rows of the list as the admin shows it: its filters (`where`), its search box (`search`, over the same
 * fields the list searches) and its sort.
 */
export async function exportRows(
  req: PayloadRequest,
  slug: CollectionSlug,
  filters: Where,
  sort?: string,
  search?: string,
) {
  const spec = exportSpecOf(req.payload.collections[slug]?.config)
  if (!spec) throw notFound(req, 'UNKNOWN_EXPORT')
  const admin = req.payload.collections[slug].config.admin
  const searched = (admin.listSearchableFields?.length ? admin.listSearchableFields : [admin.useAsTitle ?? 'id']).map(
    (field) => ({ [field]: { like: search } }),
  )
  const where: Where = search ? { and: [filters, { or: searched }] } : filters
  const total = await req.payload.count({ collection: slug, where, overrideAccess: false, user: req.user, req })
  // More than one export carries is refused, never cut short without a word.
  if (total.totalDocs > EXPORT_LIMIT)
    throw badRequest(req, 'EXPORT_TOO_MANY', { count: total.totalDocs, limit: EXPORT_LIMIT })
  const found = await req.payload.find({
    collection: slug,
    where,
    sort,
    // Only the exported columns, and of related records only their names.
    select: Object.fromEntries(spec.columns.map((c: Column) => [c.field, true])) as never,
    populate: {
      cards: { cardNumber: true },
      sites: { name: true },
      towns: { name: true },
      villages: { name: true },
    } as never,
    depth: 1,
    joins: false as never, // JoinQuery's type is per collection; false = no joins
    limit: EXPORT_LIMIT,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const options = optionsOf(req.payload, slug)
  const value = (doc: Doc, c: Column): CellValue => {
    const v = doc[c.field]
    if (v === null || v === undefined) return ''
    switch (c.as) {
      case 'label':
        return options.get(c.field)?.get(String(v)) ?? String(v)
      case 'name':
        return nameOf(v)
      case 'moment':
        return formatShanghai(String(v))
      case 'day':
        return formatShanghai(String(v)).slice(0, 10)
      case 'yuan':
        return Math.round(Number(v)) / 100
      default:
        return typeof v === 'number' ? v : String(v)
    }
  }
  return {
    sheet: spec.sheet,
    header: spec.columns.map((c) => c.header),
    rows: (found.docs as unknown as Doc[]).map((doc) => spec.columns.map((c: Column) => value(doc, c))),
  }
}
