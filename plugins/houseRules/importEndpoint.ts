/**
 * POST /api/imports/:kind?dryRun=true|false[&id=…] (multipart, field `file`: .xlsx or .csv) — kind: a collection
 * with an importer (`cards`: operators and admins; `cleaners`: admins and town officials, their own town's villages). A dry run answers
 * every bad row with its reason and writes nothing; an import with any bad row is refused whole (409, the same
 * list); otherwise every row is written in one transaction. GET /api/imports/progress/:id — rows written so far.
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import type { CollectionSlug } from 'payload'

import { IMPORT_MAX_BYTES, importerOf, importProgress, planImport, runImport } from './imports'
import { NotASpreadsheet, readSheet } from '../../domain/system/sheets'
import { badRequest, conflict, notFound, say } from '../../shared/errors'
import { requireRole } from '../../shared/endpoint'
import { APIError } from 'payload'

const tooLarge = (req: PayloadRequest) =>
  new APIError(
    say(req, 'IMPORT_TOO_LARGE', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }),
    413,
    { code: 'IMPORT_TOO_LARGE' },
    true,
  )

export const importEndpoint: Endpoint = {
  path: '/imports/:kind',
  method: 'post',
  handler: async (req) => {
    const slug = String(req.routeParams?.kind ?? '') as CollectionSlug
    const importer = importerOf(req.payload.collections[slug]?.config)
    if (!importer) throw notFound(req, 'UNKNOWN_IMPORT')
    requireRole(req, importer.roles)
    // Refused before it is read: the declared size says it is too large.
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > IMPORT_MAX_BYTES + 64 * 1024) throw tooLarge(req)
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data?.length) throw badRequest(req, 'IMPORT_NO_FILE')
    if (file.size > IMPORT_MAX_BYTES) throw tooLarge(req)
    let sheet
    try {
      sheet = readSheet(new Uint8Array(file.data), file.name ?? '')
    } catch (error) {
      // readSheet says NotASpreadsheet for whatever is wrong with a file.
      if (error instanceof NotASpreadsheet) throw badRequest(req, 'NOT_A_SPREADSHEET')
      throw error
    }
    const { planned, errors } = await planImport(req, importer, sheet)
    const dryRun = String(req.query?.dryRun ?? 'true') !== 'false'
    if (dryRun) return Response.json({ dryRun: true, rows: planned.length, errors })
    if (errors.length) throw conflict(req, 'IMPORT_HAS_ERRORS', { count: errors.length }, { errors })
    const id = typeof req.query?.id === 'string' ? req.query.id.slice(0, 64) : undefined
    const result = await runImport(req, slug, importer, planned, id)
    if (result.failed)
      throw conflict(
        req,
        'IMPORT_ROW_FAILED',
        { row: result.failed.row, reason: result.failed.reason },
        { row: result.failed.row },
      )
    return Response.json({ dryRun: false, created: result.created, errors: [] }, { status: 201 })
  },
}

export const importProgressEndpoint: Endpoint = {
  path: '/imports/progress/:id',
  method: 'get',
  handler: (req) => {
    requireRole(req, ['admin', 'operator', 'town-official'])
    return Response.json(importProgress(req, String(req.routeParams?.id ?? '')) ?? { done: 0, total: 0 })
  },
}
