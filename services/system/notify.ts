/**
 * Telling people: a row in each recipient's in-app inbox, and a mail through the configured SMTP server.
 * Without SMTP settings the mail is kept in the outbox for admins to read — never lost, never marked sent.
 */
import type { PayloadRequest, Where } from 'payload'

import { env } from '../../config/env'
import { asPlatform } from '../platform'

export type Message = { title: string; body: string; link?: string }

export async function notify(req: PayloadRequest, who: Where, message: Message): Promise<number> {
  const users = await req.payload.find({
    collection: 'users',
    where: who,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { email: true, name: true },
  })
  await asPlatform(req, async () => {
    for (const user of users.docs) {
      await req.payload.create({
        collection: 'notifications',
        data: { recipient: user.id, title: message.title, body: message.body, link: message.link ?? null },
        req,
        overrideAccess: true,
        depth: 0,
      })
      await sendMail(req, { to: user.email, name: user.name ?? '', ...message })
    }
  })
  return users.docs.length
}

/**
 * One mail to one address (a booker, a resident): through SMTP when configured, and always a row in the
 * outbox with what happened — kept when there is no SMTP server, failed with the error when it refused.
 */
export async function sendMail(req: PayloadRequest, mail: Message & { to: string; name: string }): Promise<void> {
  const text = `${mail.name}：\n\n${mail.body}\n\n${mail.link ?? ''}\n\n——分类 Fenlei 平台`
  let status: 'kept' | 'sent' | 'failed' = 'kept'
  let error: string | null = null
  if (env.SMTP_HOST) {
    try {
      await req.payload.sendEmail({ to: mail.to, subject: mail.title, text })
      status = 'sent'
    } catch (e) {
      status = 'failed'
      error = e instanceof Error ? e.message : String(e)
    }
  }
  await asPlatform(req, () =>
    req.payload.create({
      collection: 'outbox',
      data: {
        to: mail.to,
        subject: mail.title,
        text,
        status,
        error,
        sentAt: status === 'sent' ? new Date().toISOString() : null,
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
}
