/** GET /api/ranking-notices/:id/docx — the notice as a Word document, for whoever may read the notice. */
import type { Endpoint } from 'payload'

import type { NoticeTable } from '../../../../domain/assessment/notice'
import { notFound } from '../../../../shared/errors'
import { noticeDocx } from '../docx'
import { requireRole } from '../../../../shared/endpoint'

export const noticeDocumentEndpoint: Endpoint = {
  path: '/:id/docx',
  method: 'get',
  handler: async (req) => {
    requireRole(req, ['admin', 'town-official', 'base-editor', 'operator'])
    const id = String(req.routeParams?.id ?? '')
    const notice = await req.payload.findByID({
      collection: 'ranking-notices',
      id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!notice?.table) throw notFound(req, 'UNKNOWN_NOTICE')
    const bytes = await noticeDocx({
      title: notice.title ?? '',
      intro: notice.intro,
      closing: notice.closing,
      table: notice.table as NoticeTable,
    })
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="notice-${notice.period}.docx"; filename*=UTF-8''${encodeURIComponent(`${notice.title}.docx`)}`,
      },
    })
  },
}
