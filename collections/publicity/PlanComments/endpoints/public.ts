/** POST /api/public/comments — a comment on a section of a plan while its consultation is open (held for moderation). */
import { z } from 'zod'

import { COMMENT_MAX, CONTACT_MAX, consultationOpen, NAME_MAX } from '../../../../domain/publicity/consultation'
import { badRequest, say } from '../../../../shared/errors'
import { parseWith } from '../../../../shared/endpoint'
import { parseId } from '../../../../shared/refs'
import { clientKey, id, optionalText, publicAct, text } from '../../../../shared/publicForm'

const commentInput = z.object({
  plan: id,
  section: z.string().min(1).max(64),
  name: optionalText(NAME_MAX),
  contact: optionalText(CONTACT_MAX),
  text: text(COMMENT_MAX + 1000),
})

export const publicComment = publicAct(
  '/public/comments',
  'comment',
  async (req, body) => {
    const input = parseWith(req, commentInput, body)
    if (!input.text) throw badRequest(req, 'COMMENT_EMPTY')
    if (input.text.length > COMMENT_MAX) throw badRequest(req, 'COMMENT_TOO_LONG', { max: COMMENT_MAX })
    const plan = await req.payload.findByID({
      collection: 'work-plans',
      id: input.plan,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!plan || !consultationOpen(plan, new Date())) throw badRequest(req, 'CONSULTATION_CLOSED')
    const section = plan.sections.find((s) => s.id === input.section)
    if (!section) throw badRequest(req, 'UNKNOWN_SECTION')
    const doc = await req.payload.create({
      collection: 'plan-comments',
      data: {
        plan: plan.id,
        section: input.section,
        sectionHeading: section.heading,
        title: `${section.heading} · ${input.text.slice(0, 24)}${input.text.length > 24 ? '…' : ''}`,
        name: input.name ?? null,
        contact: input.contact ?? null,
        text: input.text,
        status: 'pending',
        client: clientKey(req),
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return {
      json: { id: doc.id, status: 'pending', message: say(req, 'COMMENT_RECEIVED') },
      back: `/policies/${plan.id}?sent=${input.section}#${input.section}`,
    }
  },
  (body) => {
    const section = String(body.section ?? '').replace(/[^\w-]/g, '')
    return `/policies/${parseId(body.plan) ?? ''}?section=${section}#${section}`
  },
)
