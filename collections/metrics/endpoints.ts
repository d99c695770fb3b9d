/**
 * GET /api/figures?from=YYYY-MM-DD&to=YYYY-MM-DD[&town=ID][&site=ID] — every figure of the registry with its
 * definition (admins: the district or any town or site; a town official: their own town only).
 * GET /api/work-report?date=YYYY-MM-DD[&format=pdf] — the district's work report for that date, rates over its month.
 * POST /api/work-report/preview {date, period, sections, prose?} — the draft: blocks, notes, what is missing (admins).
 * POST /api/work-report/download {…, format} — exactly that draft as Word or PDF; each download is kept (report-copies).
 * GET /api/work-report/copies/:id — a kept download produced again from its settings.
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { currentUser } from '../../shared/roles'
import { refId } from '../../shared/refs'
import { METRICS, TARGETS } from '../../domain/metrics/registry'
import { shanghaiDay } from '../../shared/time'
import { badRequest, forbidden, notFound } from '../../shared/errors'
import { computeFigures } from './figures'
import { draftReport, renderReport, workReport, type Draft } from './workReport'
import { PROSE, type ProseKey } from '../../domain/metrics/reportProse'
import { REPORT_PERIODS, REPORT_SECTIONS } from '../../domain/metrics/reportPeriods'
import { createHash } from 'node:crypto'
import { parseWith, readJson, requireRole } from '../../shared/endpoint'
import { asPlatform } from '../../shared/platform'

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'no such day',
  )
const FiguresQuery = z
  .object({
    from: day,
    to: day,
    town: z.coerce.number().int().optional(),
    site: z.coerce.number().int().optional(),
    area: z.enum(['urban', 'countryside']).optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'from after to', path: ['from'] })

export const figuresEndpoint: Endpoint = {
  path: '/figures',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin', 'town-official'])
    const q = parseWith(req, FiguresQuery, req.query ?? {}, 'INVALID_QUERY')
    const user = currentUser(req)!
    // A town official sees their own town's figures, never the district's or another town's.
    if (
      user.role === 'town-official' &&
      (q.site !== undefined || q.area !== undefined || String(q.town) !== String(refId(user.town)))
    )
      throw forbidden(req, 'FORBIDDEN')
    // A site and a town that does not hold it: refused, not a mix of the two.
    if (q.site !== undefined && q.town !== undefined) {
      const site = await req.payload.findByID({ collection: 'sites', id: q.site, depth: 0, disableErrors: true, req })
      if (!site || String(refId(site.town)) !== String(q.town)) throw badRequest(req, 'INVALID_QUERY', { path: 'site' })
    }
    const figures = await computeFigures(req.payload, q)
    return Response.json({ figures, definitions: METRICS, targets: TARGETS })
  },
}

const ReportQuery = z.object({ date: day.optional(), format: z.enum(['docx', 'pdf']).optional() })
const REPORT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
}

export const workReportEndpoint: Endpoint = {
  path: '/work-report',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin'])
    const q = parseWith(req, ReportQuery, req.query ?? {}, 'INVALID_QUERY')
    const date = q.date ?? shanghaiDay(new Date())
    const format = q.format ?? 'docx'
    const report = await workReport(req, date, format)
    return fileResponse(report.file, date, format)
  },
}

const fileResponse = (file: Uint8Array, date: string, format: 'docx' | 'pdf') =>
  new Response(Buffer.from(file), {
    headers: {
      'Content-Type': REPORT_TYPES[format],
      'Content-Disposition': `attachment; filename="work-report-${date}.${format}"; filename*=UTF-8''${encodeURIComponent(`工作情况汇报-${date}.${format}`)}`,
    },
  })

const proseShape = Object.fromEntries(
  (Object.keys(PROSE) as ProseKey[]).map((k) => [k, z.string().max(2000).optional()]),
) as Record<ProseKey, z.ZodOptional<z.ZodString>>
const DraftBody = z
  .object({
    date: day,
    period: z.enum(Object.keys(REPORT_PERIODS) as [keyof typeof REPORT_PERIODS]),
    sections: z.enum(Object.keys(REPORT_SECTIONS) as [keyof typeof REPORT_SECTIONS]),
    prose: z.object(proseShape).strict().optional(),
  })
  .strict()
const DownloadBody = DraftBody.extend({ format: z.enum(['docx', 'pdf']) }).strict()

/** The draft as the preview shows it: each block's text, its figures with their notes, and what is missing. */
const draftJson = (d: Draft) => ({
  title: d.title,
  options: d.options,
  launch: d.launch,
  ratesFrom: d.ratesFrom,
  blocks: d.blocks,
  missing: d.missing,
})

export const workReportPreviewEndpoint: Endpoint = {
  path: '/work-report/preview',
  method: 'post',
  handler: async (req) => {
    requireRole(req, ['admin'])
    const body = parseWith(req, DraftBody, await readJson(req), 'INVALID_REQUEST')
    return Response.json(draftJson(await draftReport(req, body)))
  },
}

export const workReportDownloadEndpoint: Endpoint = {
  path: '/work-report/download',
  method: 'post',
  handler: async (req) => {
    requireRole(req, ['admin'])
    const { format, ...options } = parseWith(req, DownloadBody, await readJson(req), 'INVALID_REQUEST')
    const draft = await draftReport(req, options)
    const file = await renderReport(draft, format)
    // Kept: who, when, the settings and the file's fingerprint — written by the server, with the user's own id.
    await asPlatform(req, () =>
      req.payload.create({
        collection: 'report-copies',
        data: {
          date: options.date,
          period: options.period,
          sections: options.sections,
          format,
          prose: draft.options.prose,
          sha256: createHash('sha256').update(file).digest('hex'),
          bytes: file.byteLength,
          downloadedBy: Number(currentUser(req)!.id),
        },
        overrideAccess: true,
        req,
      }),
    )
    return fileResponse(file, options.date, format)
  },
}

export const reportCopyEndpoint: Endpoint = {
  path: '/work-report/copies/:id',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin'])
    const id = z.coerce.number().int().positive().safeParse(req.routeParams?.id)
    const copy = id.success
      ? await req.payload.findByID({ collection: 'report-copies', id: id.data, depth: 0, disableErrors: true, req })
      : null
    if (!copy) throw notFound(req, 'REPORT_COPY_NOT_FOUND')
    const draft = await draftReport(req, {
      date: shanghaiDay(copy.date),
      period: copy.period,
      sections: copy.sections,
      prose: (copy.prose ?? {}) as Record<ProseKey, string>,
    })
    return fileResponse(await renderReport(draft, copy.format), shanghaiDay(copy.date), copy.format)
  },
}
