/**
 * GET /api/exports/:slug[?where…&sort=…] — the list as an Excel workbook (.xlsx), with the same filters and sort
 * as the admin list it is clicked from, through the caller's own access (a town official gets their own town's
 * rows). Slugs: cards, drop-offs, point-entries, assessments, subsidy-payouts, cleaners.
 */
import type { Endpoint, Where } from 'payload'

import { shanghaiDay } from '../../shared/time'
import { forbidden, notFound } from '../../shared/errors'
import { xlsx } from '../../shared/documents/xlsx'
import type { CollectionSlug } from 'payload'

import { exportRows, exportSpecOf } from './exports'

export const exportEndpoint: Endpoint = {
  path: '/exports/:slug',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw forbidden(req, 'FORBIDDEN')
    const slug = String(req.routeParams?.slug ?? '') as CollectionSlug
    if (!exportSpecOf(req.payload.collections[slug]?.config)) throw notFound(req, 'UNKNOWN_EXPORT')
    const query = (req.query ?? {}) as { where?: Where; sort?: string; search?: string }
    const table = await exportRows(
      req,
      slug,
      query.where ?? {},
      typeof query.sort === 'string' ? query.sort : undefined,
      typeof query.search === 'string' && query.search.trim() ? query.search.trim() : undefined,
    )
    const day = shanghaiDay(new Date())
    return new Response(Buffer.from(await xlsx(table.sheet, table.header, table.rows)), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${slug}-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${table.sheet}-${day}.xlsx`)}`,
      },
    })
  },
}
