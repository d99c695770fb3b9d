/**
 * GET /api/figures?from=YYYY-MM-DD&to=YYYY-MM-DD[&town=ID][&site=ID] — every figure of the registry with its
 * definition (admins: the district or any town or site; a town official: their own town only).
 * GET /api/work-report?date=YYYY-MM-DD — the district's work report for that date, as a Word document (admins).
 */
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { currentUser } from '../../shared/roles'
import { refId } from '../../shared/refs'
import { METRICS, TARGETS } from '../../domain/metrics/registry'
import { shanghaiDay } from '../../shared/time'
import { badRequest, forbidden } from '../../shared/errors'
import { computeFigures } from './figures'
import { workReport } from './workReport'
import { parseWith, requireRole } from '../../shared/endpoint'

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
    if (user.role === 'town-official' && (q.site !== undefined || String(q.town) !== String(refId(user.town))))
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
    return new Response(Buffer.from(report.file), {
      headers: {
        'Content-Type': REPORT_TYPES[format],
        'Content-Disposition': `attachment; filename="work-report-${date}.${format}"; filename*=UTF-8''${encodeURIComponent(`工作情况汇报-${date}.${format}`)}`,
      },
    })
  },
}
