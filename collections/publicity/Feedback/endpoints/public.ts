/** POST /api/public/feedback — a note about a site (or the programme); the answer is a reference to read the reply by. */
import { z } from 'zod'

import { code } from '../../../../domain/publicity/bookings'
import { COMMENT_MAX, CONTACT_MAX } from '../../../../domain/publicity/consultation'
import { secureRandom } from '../../../../domain/shared/random'
import { parseWith } from '../../../../shared/endpoint'
import { badRequest, notFound } from '../../../../shared/errors'
import { clientKey, id, optionalText, publicAct, text } from '../../../../shared/publicForm'

const feedbackInput = z.object({
  site: id.optional().or(z.literal('').transform(() => undefined)),
  text: text(COMMENT_MAX + 1000),
  contact: optionalText(CONTACT_MAX),
})

export const publicFeedback = publicAct(
  '/public/feedback',
  'feedback',
  async (req, body) => {
    const input = parseWith(req, feedbackInput, body)
    if (!input.text) throw badRequest(req, 'COMMENT_EMPTY')
    if (input.text.length > COMMENT_MAX) throw badRequest(req, 'COMMENT_TOO_LONG', { max: COMMENT_MAX })
    const site = input.site
      ? await req.payload.findByID({
          collection: 'sites',
          id: input.site,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    if (input.site && !site) throw notFound(req, 'UNKNOWN_SITE')
    const reference = `FK${code(8, secureRandom)}`
    await req.payload.create({
      collection: 'feedback',
      data: {
        reference,
        site: site?.id ?? null,
        text: input.text,
        contact: input.contact ?? null,
        status: 'open',
        client: clientKey(req),
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return { json: { reference }, back: `/feedback?ref=${reference}` }
  },
  () => '/feedback#send',
)
