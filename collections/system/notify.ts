/**
 * Telling people: a row in each recipient's in-app inbox, and a mail through the configured SMTP server.
 * Without SMTP settings the mail is kept in the outbox for admins to read — never lost, never marked sent.
 */
import type { PayloadRequest, Where } from 'payload'

import { env } from '../../config/env'
import { asPlatform } from '../../shared/platform'

export type Message = { title: string; body: string; link?: string }

/** Tells people in their inbox and by mail (`mail: false`: the inbox only — e.g. when it is the mail that fails). */
export async function notify(
  req: PayloadRequest,
  who: Where,
  message: Message,
  o: { mail?: boolean } = {},
): Promise<number> {
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
      if (o.mail !== false) await sendMail(req, { to: user.email, name: user.name ?? '', ...message })
    }
  })
  return users.docs.length
}

/**
 * One mail to one address (a booker, a resident, a user): a row in the outbox, in the caller's transaction —
 * queued for the scheduler to send when SMTP is configured (nothing waits on the network here), kept for the
 * admins to read when it is not.
 */
export async function sendMail(req: PayloadRequest, mail: Message & { to: string; name: string }): Promise<void> {
  const text = `${mail.name}：\n\n${mail.body}\n\n${mail.link ?? ''}\n\n——分类 Fenlei 平台`
  const queued = Boolean(env.SMTP_HOST)
  await asPlatform(req, () =>
    req.payload.create({
      collection: 'outbox',
      data: {
        to: mail.to,
        subject: mail.title,
        text,
        status: queued ? 'queued' : 'kept',
        attempts: 0,
        nextAttemptAt: queued ? new Date().toISOString() : null,
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
}
