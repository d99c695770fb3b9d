/**
 * Mail through a real SMTP server on loopback (`smtp-server`): a Chinese notification is queued in the
 * outbox by the request that causes it and delivered by the scheduler's run; with the server gone the mail
 * is kept, retried with growing pauses, and given up after its attempts with the admins told in their inbox.
 */
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import type { Booted } from './helpers/boot'

type Received = { raw: string }
const received: Received[] = []
let smtp: SMTPServer
let app: Booted
let payload: Payload
let deliverMail: typeof import('../jobs/system/deliverMail').deliverMail
let tell: (title: string, body: string) => Promise<void>

function startSmtp(port = 0): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        received.push({ raw })
        done()
      })
    },
  })
  return new Promise((resolve) =>
    smtp.listen(port, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port)),
  )
}

/** The subject and body as the recipient reads them (RFC 2047 words, base64 or quoted-printable bodies). */
function decode(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  const unfolded = head!.replace(/\r?\n[ \t]+/g, ' ')
  const subjectLine = unfolded.match(/^Subject: (.*)$/im)?.[1] ?? ''
  const subject = subjectLine.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  )
  const encoding = unfolded
    .match(/^Content-Transfer-Encoding: (.*)$/im)?.[1]
    ?.trim()
    .toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r?\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body
  return { subject, text }
}

beforeAll(async () => {
  const port = await startSmtp()
  // The mail settings are read when the configuration loads: the app's modules are imported after this.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  const { bootPayload } = await import('./helpers/boot')
  app = await bootPayload()
  payload = app.payload
  deliverMail = (await import('../jobs/system/deliverMail')).deliverMail
  const { notify } = await import('../collections/system/notify')
  const { inTransaction } = await import('../shared/transaction')
  await payload.create({
    collection: 'users',
    data: { email: 'admin@mail.local', password: 'mail-admin-password-1', name: '区城管局 王主任', role: 'admin' },
  })
  tell = (title, body) =>
    inTransaction(payload, (req) => notify(req, { role: { equals: 'admin' } }, { title, body }).then(() => undefined))
}, 120_000)
afterAll(async () => {
  await app?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const outbox = async (subject: string) =>
  (await payload.find({ collection: 'outbox', where: { subject: { equals: subject } }, limit: 1 })).docs[0]!

test('a Chinese notification is queued by the request and delivered by the scheduler’s run', async () => {
  await tell('二坝镇 2026 年第四季度考核已提交', '二坝镇提交了第四季度的农村生活垃圾治理考核，请审核。')
  const queued = await outbox('二坝镇 2026 年第四季度考核已提交')
  expect(queued.status).toBe('queued')
  expect(received).toHaveLength(0)
  expect(await deliverMail(payload)).toEqual({ sent: 1, retrying: 0, failed: 0 })
  expect(received).toHaveLength(1)
  const mail = decode(received[0]!.raw)
  expect(mail.subject).toBe('二坝镇 2026 年第四季度考核已提交')
  expect(mail.text).toContain('区城管局 王主任：')
  expect(mail.text).toContain('请审核')
  expect(received[0]!.raw).toMatch(/^To: admin@mail\.local/im)
  const sent = await outbox('二坝镇 2026 年第四季度考核已提交')
  expect(sent.status).toBe('sent')
  expect(sent.sentAt).toBeTruthy()
  // A second run (or a second runner) sends nothing again.
  expect(await deliverMail(payload)).toEqual({ sent: 0, retrying: 0, failed: 0 })
  expect(received).toHaveLength(1)
}, 60_000)

test('an unreachable SMTP server: the mail is kept, retried with growing pauses, then given up and the admins told', async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  await tell('汤沟镇考核已退回', '区城管局退回了汤沟镇的考核，请修改后重新提交。')
  let now = new Date()
  const first = await deliverMail(payload, now)
  expect(first).toEqual({ sent: 0, retrying: 1, failed: 0 })
  let mail = await outbox('汤沟镇考核已退回')
  expect(mail.status).toBe('retrying')
  expect(mail.attempts).toBe(1)
  expect(mail.error).toMatch(/ECONNREFUSED|connect/i)
  expect(new Date(mail.nextAttemptAt!).getTime() - now.getTime()).toBe(60_000)
  // Not yet due: nothing is tried.
  expect(await deliverMail(payload, new Date(now.getTime() + 30_000))).toEqual({ sent: 0, retrying: 0, failed: 0 })
  const pauses: number[] = []
  for (let attempt = 2; attempt <= 6; attempt++) {
    now = new Date(new Date(mail.nextAttemptAt!).getTime() + 1000)
    await deliverMail(payload, now)
    mail = await outbox('汤沟镇考核已退回')
    if (mail.nextAttemptAt) pauses.push((new Date(mail.nextAttemptAt).getTime() - now.getTime()) / 60_000)
  }
  expect(pauses).toEqual([5, 15, 60, 240])
  expect(mail.status).toBe('failed')
  expect(mail.attempts).toBe(6)
  const notices = await payload.find({ collection: 'notifications', where: { title: { contains: '邮件发送失败' } } })
  expect(notices.docs).toHaveLength(1)
  expect(notices.docs[0]!.body).toContain('尝试 6 次')
  // The admins are told in their inbox only: no new mail about the failing mail.
  expect(
    (await payload.count({ collection: 'outbox', where: { subject: { contains: '邮件发送失败' } } })).totalDocs,
  ).toBe(0)
  // The server is back: a new mail goes through again.
  await startSmtp()
}, 60_000)
