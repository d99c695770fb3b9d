/**
 * Sends the queued mail (every minute): each due row once per run; a failure waits 1, 5, 15, 60, 240
 * minutes before the next attempt; after MAIL_ATTEMPTS the mail is given up and the admins are told in
 * their inbox (not by mail: it is the mail that fails). Safe to run twice or late: a row is claimed by
 * moving its next attempt before it is sent.
 */
import type { Payload } from 'payload'

import { MAIL_ATTEMPTS, retryAfterMinutes } from '../../domain/system/mail'
import { notify } from '../../collections/system/notify'
import { inTransaction } from '../../shared/transaction'
import { scheduledJob } from '../scheduled'

export type Delivery = { sent: number; retrying: number; failed: number }

export async function deliverMail(payload: Payload, now = new Date()): Promise<Delivery> {
  const result: Delivery = { sent: 0, retrying: 0, failed: 0 }
  const due = await payload.find({
    collection: 'outbox',
    where: {
      and: [{ status: { in: ['queued', 'retrying'] } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }],
    },
    sort: 'nextAttemptAt',
    limit: 50,
    depth: 0,
  })
  for (const mail of due.docs) {
    // Claimed: a second runner (or a late one) finds it not due.
    await payload.update({
      collection: 'outbox',
      id: mail.id,
      data: { nextAttemptAt: new Date(now.getTime() + 10 * 60_000).toISOString() },
      depth: 0,
    })
    const attempts = (mail.attempts ?? 0) + 1
    try {
      await payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text ?? '' })
      await payload.update({
        collection: 'outbox',
        id: mail.id,
        data: { status: 'sent', attempts, sentAt: new Date().toISOString(), nextAttemptAt: null, error: null },
        depth: 0,
      })
      result.sent++
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e)
      const givenUp = attempts >= MAIL_ATTEMPTS
      await payload.update({
        collection: 'outbox',
        id: mail.id,
        data: {
          status: givenUp ? 'failed' : 'retrying',
          attempts,
          error,
          nextAttemptAt: givenUp ? null : new Date(now.getTime() + retryAfterMinutes(attempts) * 60_000).toISOString(),
        },
        depth: 0,
      })
      if (givenUp) {
        result.failed++
        await inTransaction(payload, (req) =>
          notify(
            req,
            { role: { equals: 'admin' } },
            {
              title: `邮件发送失败：${mail.subject}`,
              body: `发给 ${mail.to} 的邮件尝试 ${attempts} 次仍未发出，已放弃。最后的错误：${error}。请检查邮件服务器设置（SMTP_HOST 等）。`,
              link: `/admin/collections/outbox/${mail.id}`,
            },
            { mail: false },
          ),
        )
      } else result.retrying++
    }
  }
  return result
}

/** Every minute: the outbox — queued mail sent, failures retried with growing pauses. */
export const deliverMailJob = scheduledJob({
  slug: 'deliver-mail',
  label: '发送邮件',
  cron: '* * * * *',
  quiet: true,
  work: async (payload) => {
    const r = await deliverMail(payload)
    return r.sent + r.retrying + r.failed ? `邮件 ${r.sent} sent, ${r.retrying} to retry, ${r.failed} given up` : ''
  },
})
