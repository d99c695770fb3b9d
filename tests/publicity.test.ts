/**
 * Publishing and the public's own acts, over REST as the public site's forms send them: campaigns and
 * drafts, consultation comments (moderation, spam trap, rate limit, closed consultations), the plan's
 * way to issued with its close-out, visit bookings (capacity, waiting list, confirmation code), the
 * resident's balance lookup, feedback, the honour roll and the disclosure's staleness. Every refusal is
 * checked to have written nothing.
 */
import { DEMO_PASSWORD } from '../seed/district'
import { previousMonth } from '../domain/publicity/honourRoll'
import { shanghaiDay, shanghaiDayStart } from '../shared/time'
import { runDueQueue } from '../jobs/clock'
import { recordDrops } from '../collections/points/drops'
import type { ResidentView } from '../collections/publicity'
import type {
  BaseArticle,
  Campaign,
  EducationBase,
  HonourRoll,
  Material,
  PlanComment,
  Site,
  VisitBooking,
  WorkPlan,
} from '../payload-types'
import type { Populated, Present, With } from './helpers/api'
import { bootSeeded } from './helpers/seeded'
import { type ApiError, type Booted } from './helpers/boot'

const ADMIN = { email: 'admin@test.local', password: 'admin-password-1' }
let app: Booted
const tokens: Record<'admin' | 'base' | 'town' | 'operator', string> = { admin: '', base: '', town: '', operator: '' }
let client = 0
/** A fresh client address per act, so the rate limit only bites where a test means it to. */
const fresh = () => ({ 'x-fenlei-client': `10.0.0.${++client}` })
const count = (collection: 'plan-comments' | 'visit-bookings' | 'feedback' | 'campaigns') =>
  app.payload.count({ collection }).then((r) => r.totalDocs)

const plan = { open: 0 as number, issued: 0 as number, section: '' }
let ownBase: number
let otherBase: number

beforeAll(async () => {
  app = await bootSeeded({ adminEmail: ADMIN.email, adminPassword: ADMIN.password })
  tokens.admin = await app.rest.login(ADMIN.email, ADMIN.password)
  tokens.base = await app.rest.login('base@fenlei.local', DEMO_PASSWORD)
  tokens.town = await app.rest.login('erba@fenlei.local', DEMO_PASSWORD)
  tokens.operator = await app.rest.login('ops@fenlei.local', DEMO_PASSWORD)
  const plans = await app.payload.find({ collection: 'work-plans', depth: 0 })
  const open = plans.docs.find((p) => p.status === 'consultation')!
  plan.open = open.id
  plan.section = open.sections[0]!.id!
  plan.issued = plans.docs.find((p) => p.status === 'issued')!.id
  const editor = (await app.payload.find({ collection: 'users', where: { email: { equals: 'base@fenlei.local' } } }))
    .docs[0]!
  ownBase = (editor.educationBase as { id: number }).id
  otherBase = (await app.payload.find({ collection: 'education-bases', where: { id: { not_equals: ownBase } } }))
    .docs[0]!.id
})
afterAll(async () => {
  await app?.close()
})

describe('the seeded district publishes', () => {
  test('four education bases, published campaigns with coverage, an issued plan and one in consultation', async () => {
    const bases = await app.rest.call<{ docs: EducationBase[] }>('GET', '/education-bases?limit=10')
    expect(bases.body.docs.map((b: { kind: string }) => b.kind).sort()).toEqual([
      'compound',
      'office',
      'school',
      'street',
    ])
    const news = await app.rest.call<{ totalDocs: number; docs: Array<Present<Campaign, 'coverage'>> }>(
      'GET',
      '/campaigns?limit=10',
    )
    expect(news.body.totalDocs).toBeGreaterThanOrEqual(4)
    expect(news.body.docs.some((c) => c.coverage.length > 0)).toBe(true)
    const materials = await app.rest.call<{ docs: Array<Present<Material, 'url'>> }>('GET', '/materials?limit=10')
    expect(materials.body.docs.map((m: { kind: string }) => m.kind).sort()).toEqual(['handbook', 'letter', 'slogan'])
    const letter = await app.rest.raw('GET', materials.body.docs[0].url.replace(/^\/api/, ''))
    expect(letter.status).toBe(200)
    const plans = await app.rest.call<{ docs: WorkPlan[] }>('GET', '/work-plans?limit=10')
    expect(plans.body.docs.map((p: { status: string }) => p.status).sort()).toEqual(['consultation', 'issued'])
  })
})

describe('drafts never show', () => {
  test('a draft campaign is not listed, not found by id over REST or GraphQL, and shown to the admin', async () => {
    const draft = await app.payload.create({
      collection: 'campaigns',
      data: { title: '尚未发布的活动', kind: 'training', date: new Date().toISOString(), _status: 'draft' },
      draft: true,
    })
    const list = await app.rest.call('GET', '/campaigns?limit=100')
    expect(list.body.docs.map((c: { id: number }) => c.id)).not.toContain(draft.id)
    expect((await app.rest.call('GET', `/campaigns/${draft.id}`)).status).toBe(404)
    expect((await app.rest.call('GET', `/campaigns/${draft.id}?draft=true`)).status).toBe(404)
    const gql = await app.rest.graphql(`{ Campaigns(limit: 100, draft: true) { docs { id title } } }`)
    expect(JSON.stringify(gql.body)).not.toContain('尚未发布的活动')
    expect((await app.rest.call('GET', `/campaigns/${draft.id}?draft=true`, { token: tokens.admin })).status).toBe(200)
    // The public cannot write news.
    const write = await app.rest.call('POST', '/campaigns', {
      body: { title: 'x', kind: 'training', date: '2026-11-01' },
    })
    expect(write.status).toBe(403)
  })
})

describe('versions hold drafts', () => {
  test('only admins read the versions of campaigns, plans and notices; a base editor only their own base’s articles', async () => {
    for (const collection of ['campaigns', 'work-plans', 'ranking-notices', 'base-articles']) {
      for (const role of ['town', 'operator', 'base'] as const) {
        // depth=0: a base article's base is its id.
        const res = await app.rest.call<{ docs: Array<{ version: With<BaseArticle, { base: number }> }> }>(
          'GET',
          `/${collection}/versions?limit=100&depth=0`,
          { token: tokens[role] },
        )
        if (collection === 'base-articles' && role === 'base') {
          expect(res.status).toBe(200)
          expect(res.body.docs.every((v: { version: { base: number } }) => v.version.base === ownBase)).toBe(true)
        } else expect([collection, role, res.status]).toEqual([collection, role, 403])
      }
      expect((await app.rest.call('GET', `/${collection}/versions`)).status).toBe(403)
      expect((await app.rest.call('GET', `/${collection}/versions`, { token: tokens.admin })).status).toBe(200)
    }
  })
})

describe('scheduled publishing', () => {
  test('a draft scheduled for a time that has come is published by the scheduler’s run, once', async () => {
    const draft = await app.payload.create({
      collection: 'campaigns',
      data: { title: '定时发布的活动', kind: 'festival', date: new Date().toISOString(), _status: 'draft' },
      draft: true,
    })
    const admin = (await app.payload.find({ collection: 'users', where: { email: { equals: ADMIN.email } } })).docs[0]!
    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'campaigns', value: draft.id },
        user: { relationTo: 'users', value: admin.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    expect((await app.rest.call('GET', `/campaigns/${draft.id}`)).status).toBe(404)
    expect(await runDueQueue(app.payload)).toBe(1)
    const shown = await app.rest.call('GET', `/campaigns/${draft.id}`)
    expect(shown.status).toBe(200)
    expect(shown.body._status).toBe('published')
    expect(await runDueQueue(app.payload)).toBe(0)
  })
})

describe('consultation comments', () => {
  const send = (body: Record<string, unknown>, headers = fresh()) =>
    app.rest.call('POST', '/public/comments', { body: { plan: plan.open, section: plan.section, ...body }, headers })

  test('a comment waits for moderation, then shows without its contact', async () => {
    const sent = await send({ name: '居民甲', contact: '13900001111', text: '建议在第一章写明适用范围。' })
    expect(sent.status).toBe(201)
    expect(sent.body.message).toBe('意见已收到，审核后公开。')
    const publicList = async () =>
      (await app.rest.call('GET', `/plan-comments?where[plan][equals]=${plan.open}&limit=100`)).body.docs as Array<
        Record<string, unknown>
      >
    expect((await publicList()).map((c) => c.id)).not.toContain(sent.body.id)
    // Moderation: hiding needs a reason; showing records who and when.
    const hide = await app.rest.call('PATCH', `/plan-comments/${sent.body.id}`, {
      token: tokens.admin,
      body: { status: 'hidden' },
    })
    expect(hide.status).toBe(400)
    expect(hide.body.errors[0].data.code).toBe('HIDE_REASON_REQUIRED')
    const show = await app.rest.call('PATCH', `/plan-comments/${sent.body.id}`, {
      token: tokens.admin,
      body: { status: 'approved' },
    })
    expect(show.status).toBe(200)
    expect(show.body.doc.moderatedBy).toBeTruthy()
    const shown = (await publicList()).find((c) => c.id === sent.body.id)!
    expect(shown.text).toBe('建议在第一章写明适用范围。')
    expect(shown).not.toHaveProperty('contact')
    expect(shown.client).toBeUndefined()
    // Nobody rewrites the public's words, not even an admin.
    const edit = await app.rest.call('PATCH', `/plan-comments/${sent.body.id}`, {
      token: tokens.admin,
      body: { text: '改过的话' },
    })
    expect(edit.status).toBe(403)
  })

  test('a form post goes back to the page: with ?sent= when taken, with ?error= when refused', async () => {
    const ok = await app.rest.raw('POST', '/public/comments', {
      form: new URLSearchParams({ plan: String(plan.open), section: plan.section, text: '表单提交的意见' }),
      headers: fresh(),
    })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe(`/policies/${plan.open}?sent=${plan.section}#${plan.section}`)
    const refused = await app.rest.raw('POST', '/public/comments', {
      form: new URLSearchParams({ plan: String(plan.open), section: plan.section, text: '' }),
      headers: fresh(),
    })
    expect(refused.status).toBe(303)
    expect(refused.headers.get('location')).toBe(
      `/policies/${plan.open}?section=${plan.section}&error=COMMENT_EMPTY#${plan.section}`,
    )
  })

  test.each([
    ['a closed consultation', () => ({ plan: plan.issued }), 400, 'CONSULTATION_CLOSED'],
    ['an empty comment', () => ({ text: '   ' }), 400, 'COMMENT_EMPTY'],
    ['an over-long comment', () => ({ text: '长'.repeat(1001) }), 400, 'COMMENT_TOO_LONG'],
    ['the spam trap tripped', () => ({ text: '正常的话', website: 'http://spam.example' }), 400, 'SPAM_TRAP'],
    ['an unknown section', () => ({ text: '正常的话', section: 'nope' }), 400, 'UNKNOWN_SECTION'],
    ['a malformed plan id', () => ({ text: '正常的话', plan: 'x;drop' }), 400, 'INVALID_REQUEST'],
  ])('%s is refused with a clear message and nothing is written', async (_, body, status, code) => {
    const before = await count('plan-comments')
    const res = await send({ text: '一条意见', ...body() })
    expect(res.status).toBe(status)
    expect(res.body.errors[0].data.code).toBe(code)
    expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
    expect(await count('plan-comments')).toBe(before)
  })

  test('too many comments from one client: the sixth in ten minutes is refused and not written', async () => {
    const headers = fresh()
    for (let i = 0; i < 5; i++) expect((await send({ text: `第 ${i + 1} 条` }, headers)).status).toBe(201)
    const before = await count('plan-comments')
    const sixth = await send({ text: '第 6 条' }, headers)
    expect(sixth.status).toBe(429)
    expect(sixth.body.errors[0].data.code).toBe('TOO_MANY_ATTEMPTS')
    expect(await count('plan-comments')).toBe(before)
    // Another client is not held back by it.
    expect((await send({ text: '别人的意见' })).status).toBe(201)
  })

  test('a signed-in person comments through the public form like anyone else', async () => {
    const res = await app.rest.call('POST', '/public/comments', {
      token: tokens.admin,
      body: { plan: plan.open, section: plan.section, text: '管理员以公众身份提的意见' },
      headers: fresh(),
    })
    expect(res.status).toBe(201)
  })

  test('a plan taken back to draft takes its shown comments with it', async () => {
    const made = await app.rest.call<{ doc: WorkPlan }>('POST', '/work-plans', {
      token: tokens.admin,
      body: {
        title: '撤回的方案',
        sections: [{ heading: '唯一一章', body: '内容' }],
        status: 'draft',
        consultationEnds: new Date(Date.now() + 86_400_000).toISOString(),
      },
    })
    const id = made.body.doc.id
    await app.rest.call('PATCH', `/work-plans/${id}`, { token: tokens.admin, body: { status: 'consultation' } })
    const sent = await send({ plan: id, section: made.body.doc.sections[0].id, text: '撤回前的意见' })
    await app.rest.call('PATCH', `/plan-comments/${sent.body.id}`, {
      token: tokens.admin,
      body: { status: 'approved' },
    })
    const shown = async () =>
      (await app.rest.call('GET', `/plan-comments?where[plan][equals]=${id}`)).body.docs.length as number
    expect(await shown()).toBe(1)
    await app.rest.call('PATCH', `/work-plans/${id}`, { token: tokens.admin, body: { status: 'draft' } })
    expect(await shown()).toBe(0)
  })

  test('nobody creates a comment through the collection API, not even an admin', async () => {
    for (const token of [undefined, tokens.admin]) {
      const res = await app.rest.call('POST', '/plan-comments', {
        token,
        body: { plan: plan.open, section: plan.section, text: '绕过表单' },
      })
      expect(res.status).toBe(403)
    }
  })
})

describe('a work plan from draft to issued', () => {
  test('consultation needs a closing time; issuing needs every shown comment closed out; who approved is the server’s', async () => {
    const create = await app.rest.call<{ doc: WorkPlan }>('POST', '/work-plans', {
      token: tokens.admin,
      body: { title: '测试方案', sections: [{ heading: '一、目标', body: '目标内容' }] },
    })
    expect(create.status).toBe(201)
    const id = create.body.doc.id
    const section = create.body.doc.sections[0].id
    const patch = (body: Record<string, unknown>) =>
      app.rest.call('PATCH', `/work-plans/${id}`, { token: tokens.admin, body })
    expect((await patch({ status: 'consultation' })).body.errors[0].data.code).toBe('CONSULTATION_END_REQUIRED')
    expect((await patch({ status: 'issued' })).body.errors[0].data.code).toBe('PLAN_STEP')
    const ends = new Date(Date.now() + 7 * 86_400_000).toISOString()
    expect((await patch({ status: 'consultation', consultationEnds: ends })).status).toBe(200)
    const comment = await app.rest.call('POST', '/public/comments', {
      body: { plan: id, section, text: '请补充时间表。' },
      headers: fresh(),
    })
    const held = await app.rest.call('POST', '/public/comments', {
      body: { plan: id, section, text: '这条意见被隐藏。' },
      headers: fresh(),
    })
    await app.rest.call('PATCH', `/plan-comments/${comment.body.id}`, {
      token: tokens.admin,
      body: { status: 'approved' },
    })
    // The approver is who is signed in, never a name in the body.
    const forged = await patch({ status: 'approved', approvedBy: 1 })
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    // Not while the consultation is open; nor may it lose its closing time.
    expect((await patch({ status: 'approved' })).body.errors[0].data.code).toBe('CONSULTATION_STILL_OPEN')
    expect((await patch({ consultationEnds: null })).body.errors[0].data.code).toBe('CONSULTATION_END_REQUIRED')
    expect((await patch({ consultationEnds: new Date(Date.now() - 1000).toISOString() })).status).toBe(200)
    const approved = await patch({ status: 'approved' })
    expect(approved.status).toBe(200)
    expect(approved.body.doc.approvedOn).toBeTruthy()
    expect(approved.body.doc.approvedBy).toBeTruthy()
    expect(approved.body.doc.approvedAt).toBeTruthy()
    // After consultation, the public's comments are refused.
    const late = await app.rest.call('POST', '/public/comments', {
      body: { plan: id, section, text: '晚了' },
      headers: fresh(),
    })
    expect(late.body.errors[0].data.code).toBe('CONSULTATION_CLOSED')
    // Nothing is issued while a comment awaits moderation, or a shown one has no outcome.
    const unmoderated = await patch({ status: 'issued' })
    expect(unmoderated.body.errors[0].data.code).toBe('COMMENTS_PENDING')
    await app.rest.call('PATCH', `/plan-comments/${held.body.id}`, {
      token: tokens.admin,
      body: { status: 'hidden', hiddenReason: '与本章节无关' },
    })
    const issue = await patch({ status: 'issued' })
    expect(issue.status).toBe(400)
    expect(issue.body.errors[0].data.code).toBe('CLOSE_OUT_MISSING')
    const noReason = await app.rest.call('PATCH', `/plan-comments/${comment.body.id}`, {
      token: tokens.admin,
      body: { outcome: 'not-adopted' },
    })
    expect(noReason.body.errors[0].data.code).toBe('OUTCOME_REASON_REQUIRED')
    await app.rest.call('PATCH', `/plan-comments/${comment.body.id}`, {
      token: tokens.admin,
      body: { outcome: 'partly', outcomeReason: '时间表另行印发。' },
    })
    const issued = await patch({ status: 'issued' })
    expect(issued.status).toBe(200)
    expect(issued.body.doc.issuedAt).toBeTruthy()
    expect((await patch({ title: '改标题' })).body.errors[0].data.code).toBe('PLAN_ISSUED')
    // Every change is a version.
    const versions = await app.rest.call('GET', `/work-plans/versions?where[parent][equals]=${id}`, {
      token: tokens.admin,
    })
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(4)
  })
})

describe('visits to an education base', () => {
  let slot: number
  let pastSlot: number
  // Taken, the booking's reference and status; refused, the house's errors.
  const book = (body: Record<string, unknown>) =>
    app.rest.call<{ reference: string; status: VisitBooking['status']; errors: ApiError[] }>(
      'POST',
      '/public/bookings',
      {
        body: { slot, groupName: '测试团体', contactName: '张三', contactPhone: '13900002222', ...body },
        headers: fresh(),
      },
    )

  beforeAll(async () => {
    const make = (startsInHours: number) =>
      app.payload.create({
        collection: 'visit-slots',
        data: {
          base: ownBase,
          startsAt: new Date(Date.now() + startsInHours * 3600_000).toISOString(),
          endsAt: new Date(Date.now() + (startsInHours + 1) * 3600_000).toISOString(),
          capacity: 30,
        },
      })
    slot = (await make(48)).id
    pastSlot = (await make(-2)).id
  })

  test('parties take their size; a full slot offers the waiting list; declines move it up in order; codes on confirmation', async () => {
    const a = await book({ groupName: '甲班', size: 20, email: 'a@example.com' })
    expect(a.status).toBe(201)
    expect(a.body.status).toBe('pending')
    expect(a.body.reference).toMatch(/^[A-Z2-9]{10}$/)
    const full = await book({ groupName: '乙班', size: 15, waitIfFull: false })
    expect(full.status).toBe(409)
    expect(full.body.errors[0].data.code).toBe('SLOT_FULL')
    expect(full.body.errors[0].message).toContain('10')
    const b = await book({ groupName: '乙班', size: 15, waitIfFull: true, email: 'b@example.com' })
    expect(b.body.status).toBe('waiting')
    // Ten places are free, but a party is waiting: a newcomer waits behind it (nobody jumps the list).
    const c = await book({ groupName: '丙班', size: 5, waitIfFull: true })
    expect(c.body.status).toBe('waiting')
    const find = async (reference: string) =>
      (await app.payload.find({ collection: 'visit-bookings', where: { reference: { equals: reference } } })).docs[0]!
    // The base editor declines the first party: both waiting parties now fit and move up, in order.
    const first = await find(a.body.reference)
    const declined = await app.rest.call('PATCH', `/visit-bookings/${first.id}`, {
      token: tokens.base,
      body: { status: 'declined', reply: '当天场馆检修。' },
    })
    expect(declined.status).toBe(200)
    expect((await find(b.body.reference)).status).toBe('pending')
    expect((await find(c.body.reference)).status).toBe('pending')
    // The booker is told: mail kept in the outbox (no SMTP server here).
    const mails = await app.payload.find({ collection: 'outbox', where: { to: { equals: 'b@example.com' } } })
    expect(mails.docs.map((m) => m.subject)).toEqual(expect.arrayContaining(['参观预约已排入候补', '参观预约已收到']))
    const confirmed = await app.rest.call('PATCH', `/visit-bookings/${(await find(b.body.reference)).id}`, {
      token: tokens.base,
      body: { status: 'confirmed' },
    })
    expect(confirmed.body.doc.code).toMatch(/^[A-Z2-9]{6}$/)
    expect(confirmed.body.doc.decidedBy).toBeTruthy()
    // The code is the server's: nobody sets it, and nobody puts a party back on the list by hand.
    const forged = await app.rest.call('PATCH', `/visit-bookings/${(await find(c.body.reference)).id}`, {
      token: tokens.base,
      body: { code: 'AAAAAA' },
    })
    expect(forged.body.errors[0].data.code).toBe('SERVER_SET_FIELD')
    const back = await app.rest.call('PATCH', `/visit-bookings/${first.id}`, {
      token: tokens.base,
      body: { status: 'pending' },
    })
    expect(back.body.errors[0].data.code).toBe('BOOKING_STEP')
  })

  test('the booking form (no JavaScript) posts the slot as text and lands on the booking’s own page', async () => {
    const res = await app.rest.raw('POST', '/public/bookings', {
      form: new URLSearchParams({
        slot: String(slot),
        groupName: '表单团体',
        size: '2',
        contactName: '王五',
        contactPhone: '13900004444',
        email: '',
        waitIfFull: 'on',
        website: '',
      }),
      headers: fresh(),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/bases\/booking\?ref=[A-Z2-9]{10}$/)
    const past = await app.rest.raw('POST', '/public/bookings', {
      form: new URLSearchParams({
        slot: String(pastSlot),
        groupName: '迟到',
        size: '2',
        contactName: '王五',
        contactPhone: '13900004444',
      }),
      headers: fresh(),
    })
    expect(past.headers.get('location')).toBe(`/bases/slot/${pastSlot}?error=SLOT_PAST#book`)
  })

  test('more capacity moves the waiting list up; less than the places held, or deleting a booked slot, is refused', async () => {
    const small = await app.rest.call('POST', '/visit-slots', {
      token: tokens.base,
      body: {
        startsAt: new Date(Date.now() + 96 * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 97 * 3600_000).toISOString(),
        capacity: 10,
      },
    })
    expect(small.status).toBe(201)
    expect(small.body.doc.title).toMatch(
      /^城小区南区垃圾分类宣教基地 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}–\d{2}:\d{2} · 10 人$/,
    )
    const id = small.body.doc.id
    expect((await book({ slot: id, groupName: '丁', size: 10 })).body.status).toBe('pending')
    const waiting = await book({ slot: id, groupName: '戊', size: 5, waitIfFull: true })
    expect(waiting.body.status).toBe('waiting')
    const grow = await app.rest.call('PATCH', `/visit-slots/${id}`, { token: tokens.base, body: { capacity: 15 } })
    expect(grow.status).toBe(200)
    const moved = await app.payload.find({
      collection: 'visit-bookings',
      where: { reference: { equals: waiting.body.reference } },
    })
    expect(moved.docs[0]!.status).toBe('pending')
    const shrink = await app.rest.call('PATCH', `/visit-slots/${id}`, { token: tokens.base, body: { capacity: 12 } })
    expect(shrink.body.errors[0].data.code).toBe('CAPACITY_BELOW_HELD')
    const remove = await app.rest.call('DELETE', `/visit-slots/${id}`, { token: tokens.base })
    expect(remove.status).toBe(409)
    expect(remove.body.errors[0].data.code).toBe('SLOT_HAS_BOOKINGS')
    expect((await app.payload.findByID({ collection: 'visit-slots', id })).capacity).toBe(15)
  })

  test('five parties of ten asking at once for thirty places: three are taken, two refused, never more than capacity', async () => {
    const fresh30 = await app.payload.create({
      collection: 'visit-slots',
      data: {
        base: ownBase,
        startsAt: new Date(Date.now() + 72 * 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 73 * 3600_000).toISOString(),
        capacity: 30,
      },
    })
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => book({ slot: fresh30.id, groupName: `并发 ${i}`, size: 10, waitIfFull: false })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409])
    const held = await app.payload.find({ collection: 'visit-bookings', where: { slot: { equals: fresh30.id } } })
    expect(held.docs.reduce((sum, b) => sum + b.size, 0)).toBe(30)
  })

  test.each([
    ['beyond the slot’s capacity', () => ({ size: 31 }), 400, 'BEYOND_CAPACITY'],
    ['in the past', () => ({ slot: pastSlot, size: 2 }), 400, 'SLOT_PAST'],
    ['with a malformed phone', () => ({ size: 2, contactPhone: '123' }), 400, 'INVALID_REQUEST'],
    ['with nobody in the party', () => ({ size: 0 }), 400, 'INVALID_REQUEST'],
    ['with the spam trap filled in', () => ({ size: 2, website: 'x' }), 400, 'SPAM_TRAP'],
  ])('a booking %s is refused and nothing is written', async (_, body, status, code) => {
    const before = await count('visit-bookings')
    const res = await book(body())
    expect(res.status).toBe(status)
    expect(res.body.errors[0].data.code).toBe(code)
    expect(await count('visit-bookings')).toBe(before)
  })

  test('a base editor touches only their own base’s slots, bookings and articles', async () => {
    const other = await app.payload.find({
      collection: 'visit-slots',
      where: { base: { equals: otherBase } },
      limit: 1,
    })
    const otherSlot = other.docs[0]!
    const edit = await app.rest.call('PATCH', `/visit-slots/${otherSlot.id}`, {
      token: tokens.base,
      body: { capacity: 1 },
    })
    expect(edit.status).toBe(403)
    expect((await app.payload.findByID({ collection: 'visit-slots', id: otherSlot.id })).capacity).toBe(
      otherSlot.capacity,
    )
    const slotThere = await app.rest.call('POST', '/visit-slots', {
      token: tokens.base,
      body: {
        base: otherBase,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
        capacity: 10,
      },
    })
    expect(slotThere.status).toBe(403)
    expect(slotThere.body.errors[0].data.code).toBe('OTHER_BASE')
    const article = await app.rest.call('POST', '/base-articles', {
      token: tokens.base,
      body: { title: '别人基地的文章', base: otherBase },
    })
    expect(article.body.errors[0].data.code).toBe('OTHER_BASE')
    // Left empty, the base is their own.
    const mine = await app.rest.call<{ doc: Populated<BaseArticle, 'base'> }>('POST', '/base-articles?draft=true', {
      token: tokens.base,
      body: { title: '本基地草稿' },
    })
    expect(mine.status).toBe(201)
    expect(mine.body.doc.base.id ?? mine.body.doc.base).toBe(ownBase)
    const seen = await app.rest.call<{ docs: Array<Populated<BaseArticle, 'base'>> }>(
      'GET',
      '/base-articles?limit=100&draft=true',
      { token: tokens.base },
    )
    expect(seen.body.docs.every((d: { base: { id: number } }) => d.base.id === ownBase)).toBe(true)
    const bookingsSeen = await app.rest.call<{ docs: Array<Populated<VisitBooking, 'base'>> }>(
      'GET',
      '/visit-bookings?limit=100',
      { token: tokens.base },
    )
    expect(bookingsSeen.body.docs.every((d: { base: { id: number } }) => d.base.id === ownBase)).toBe(true)
    // The public sees the published article, not the draft.
    const pub = await app.rest.call<{ docs: BaseArticle[] }>('GET', '/base-articles?limit=100')
    expect(pub.body.docs.map((d: { title: string }) => d.title)).not.toContain('本基地草稿')
  })
})

describe('the resident’s own page', () => {
  let cardNumber: string
  beforeAll(async () => {
    const site = (await app.payload.find({ collection: 'sites', where: { name: { equals: '城小区南区' } } })).docs[0]!
    const card = await app.payload.create({
      collection: 'cards',
      data: {
        cardNumber: 'RES000001',
        status: 'active',
        holderKind: 'household',
        holderName: '王小明',
        phone: '13912345678',
        site: site.id,
        channel: 'booth',
        issuedAt: '2024-01-01T00:00:00.000Z',
      },
    })
    cardNumber = card.cardNumber
    await recordDrops(app.payload, [
      {
        card: card.id,
        category: 'paper',
        grams: 3000,
        occurredAt: new Date().toISOString(),
        source: 'device',
        idempotencyKey: 'res-1',
      },
    ])
  })

  test('card number and the phone’s last four digits show the balance, the last entries and affordable rewards', async () => {
    const res = await app.rest.call<ResidentView>('POST', '/public/balance', {
      body: { cardNumber, last4: '5678' },
      headers: fresh(),
    })
    expect(res.status).toBe(200)
    expect(res.body.balance).toBeGreaterThan(0)
    expect(res.body.holder).toBe('王**')
    expect(res.body.entries.length).toBeGreaterThan(0)
    expect(res.body.entries.length).toBeLessThanOrEqual(20)
    expect(res.body.rewards.every((r: { pointsCost: number }) => r.pointsCost <= res.body.balance)).toBe(true)
    // Real costs (issue 19: 抵扣物业费 10 元 was "within reach" at 0 points though it costs 1,000), no honours.
    expect(res.body.rewards.every((r) => r.pointsCost > 0)).toBe(true)
    expect(res.body.rewards.map((r) => r.name)).not.toEqual(expect.arrayContaining(['流动红旗']))
    // A fee deduction of 10 yuan costs 1,000 points at the rules' rate, whatever its pointsCost of 0 says.
    await app.payload.create({
      collection: 'rewards',
      data: { name: '抵扣物业费 10 元', kind: 'fee-deduction', feeFen: 1000, audience: 'both', pointsCost: 0 },
    })
    const again = await app.rest.call<ResidentView>('POST', '/public/balance', {
      body: { cardNumber, last4: '5678' },
      headers: fresh(),
    })
    expect(again.body.balance).toBeLessThan(1000)
    expect(again.body.rewards.map((r) => r.name)).not.toContain('抵扣物业费 10 元')
    expect(JSON.stringify(res.body)).not.toContain('13912345678')
  })

  test('a wrong suffix answers exactly as an unknown card, and both count against the limit', async () => {
    const headers = fresh()
    const wrong = await app.rest.call('POST', '/public/balance', { body: { cardNumber, last4: '0000' }, headers })
    const unknown = await app.rest.call('POST', '/public/balance', {
      body: { cardNumber: 'NOPE0001', last4: '5678' },
      headers,
    })
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrong.body).toEqual(unknown.body)
    for (let i = 0; i < 3; i++)
      await app.rest.call('POST', '/public/balance', { body: { cardNumber, last4: '1111' }, headers })
    const right = await app.rest.call('POST', '/public/balance', { body: { cardNumber, last4: '5678' }, headers })
    expect(right.status).toBe(429)
  })

  test('one card’s digits are guessed at most ten times an hour, whoever guesses', async () => {
    for (let i = 0; i < 10; i++)
      expect(
        (
          await app.rest.call('POST', '/public/balance', {
            body: { cardNumber: 'RES000002', last4: '0000' },
            headers: fresh(),
          })
        ).status,
      ).toBe(404)
    const eleventh = await app.rest.call('POST', '/public/balance', {
      body: { cardNumber: 'res000002', last4: '1234' },
      headers: fresh(),
    })
    expect(eleventh.status).toBe(429)
  })

  test('a form lookup sets a short-lived signed pass for /me only', async () => {
    const res = await app.rest.raw('POST', '/public/balance', {
      form: new URLSearchParams({ cardNumber, last4: '5678' }),
      headers: fresh(),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/me')
    expect(res.headers.get('set-cookie')).toMatch(/^fenlei_card=[^;]+; Path=\/me; HttpOnly; SameSite=Lax; Max-Age=600/)
  })
})

describe('feedback', () => {
  test('a resident’s note gets a reference; staff answer it; the contact stays with the staff', async () => {
    const site = (await app.payload.find({ collection: 'sites', limit: 1 })).docs[0]!
    const sent = await app.rest.call('POST', '/public/feedback', {
      body: { site: site.id, text: '投放点灯坏了。', contact: '13900003333' },
      headers: fresh(),
    })
    expect(sent.status).toBe(201)
    expect(sent.body.reference).toMatch(/^FK[A-Z2-9]{8}$/)
    const note = (
      await app.payload.find({ collection: 'feedback', where: { reference: { equals: sent.body.reference } } })
    ).docs[0]!
    const answered = await app.rest.call('PATCH', `/feedback/${note.id}`, {
      token: tokens.operator,
      body: { answer: '已修好。' },
    })
    expect(answered.status).toBe(200)
    expect(answered.body.doc.status).toBe('answered')
    expect(answered.body.doc.answeredBy).toBeTruthy()
    // The operator who answers reads how to reach the resident; the public never does.
    expect(answered.body.doc.contact).toBe('13900003333')
    expect((await app.rest.call('GET', `/feedback/${note.id}`, { token: tokens.admin })).body.contact).toBe(
      '13900003333',
    )
    expect((await app.rest.call('GET', '/feedback')).status).toBe(403)
    expect((await app.rest.call('GET', '/feedback', { token: tokens.town })).status).toBe(403)
    const before = await count('feedback')
    const empty = await app.rest.call('POST', '/public/feedback', { body: { text: '' }, headers: fresh() })
    expect(empty.body.errors[0].data.code).toBe('COMMENT_EMPTY')
    expect(await count('feedback')).toBe(before)
  })
})

describe('honour roll and the mobile red flag', () => {
  test('offices are ranked by participation then accuracy; publishing hands the flag to the top office', async () => {
    const offices = await app.payload.find({
      collection: 'sites',
      where: { kind: { equals: 'government' } },
      sort: 'name',
    })
    const a = offices.docs[0]!
    const b = offices.docs[1]!
    const cards: number[] = []
    for (const [site, n] of [
      [a.id, 4],
      [b.id, 4],
    ] as const)
      for (let i = 0; i < n; i++)
        cards.push(
          (
            await app.payload.create({
              collection: 'cards',
              data: {
                cardNumber: `HR${site}${i}`,
                status: 'active',
                holderKind: 'office',
                officeName: '办公室',
                site,
                channel: 'event',
                issuedAt: '2024-01-01T00:00:00.000Z',
              },
            })
          ).id,
        )
    // Last month (in Shanghai): office a's 1 of 4 cards dropped, office b's 3 of 4.
    const month = previousMonth(shanghaiDay(new Date()).slice(0, 7))
    const midMonth = shanghaiDayStart(`${month}-15`).toISOString()
    const drops = [cards[0]!, cards[4]!, cards[5]!, cards[6]!].map((card, i) => ({
      card,
      category: 'paper',
      grams: 500,
      occurredAt: midMonth,
      source: 'device' as const,
      idempotencyKey: `hr-${i}`,
    }))
    await recordDrops(app.payload, drops, { history: true })
    // This month is not over: its roll may be drafted, not published.
    const current = await app.rest.call('POST', '/honour-rolls', {
      token: tokens.admin,
      body: { month: shanghaiDay(new Date()).slice(0, 7), status: 'published' },
    })
    expect(current.body.errors[0].data.code).toBe('ROLL_MONTH_OPEN')
    const bad = await app.rest.call('POST', '/honour-rolls', { token: tokens.admin, body: { month: '2026-13' } })
    expect(bad.body.errors[0].data.code).toBe('INVALID_MONTH')
    const roll = await app.rest.call('POST', '/honour-rolls', { token: tokens.admin, body: { month } })
    expect(roll.status).toBe(201)
    const rows = roll.body.doc.rows as Array<{ name: string; participation: number; rank: number }>
    expect(rows[0]).toMatchObject({ name: b.name, participation: 750, rank: 1 })
    expect(rows[1]).toMatchObject({ name: a.name, participation: 250, rank: 2 })
    expect((await app.rest.call('GET', '/honour-rolls')).body.totalDocs).toBe(0)
    const published = await app.rest.call<{ doc: Populated<HonourRoll, 'flagHolder'> }>(
      'PATCH',
      `/honour-rolls/${roll.body.doc.id}`,
      { token: tokens.admin, body: { status: 'published' } },
    )
    expect(published.body.doc.flagHolder.id).toBe(b.id)
    expect(published.body.doc.confirmedBy).toBeTruthy()
    expect((await app.rest.call('GET', '/honour-rolls')).body.totalDocs).toBe(1)
    const after = await app.rest.call('PATCH', `/honour-rolls/${roll.body.doc.id}`, {
      token: tokens.admin,
      body: { status: 'draft' },
    })
    expect(after.body.errors[0].data.code).toBe('ROLL_PUBLISHED')
  })
})

describe('information disclosure', () => {
  test('every seeded point publishes its times, frequency, person and phone; one unconfirmed for 125 days is stale', async () => {
    const sites = await app.rest.call<{ docs: Site[] }>('GET', '/sites?limit=100', { token: tokens.admin })
    const seeded = sites.body.docs.filter((s) => s.dropOffTimes)
    expect(seeded.length).toBe(5)
    expect(seeded.filter((s) => s.disclosureStale).map((s: { name: string }) => s.name)).toEqual(['大拐村分类示范点'])
    const forged = await app.rest.call('PATCH', `/sites/${seeded[0].id}`, {
      token: tokens.admin,
      body: { disclosureStale: false },
    })
    expect(forged.status).toBe(403)
  })
})

describe('every new collection, as every role, over REST and GraphQL', () => {
  type Role = 'anonymous' | 'town' | 'operator' | 'base' | 'admin'
  const roles: Role[] = ['anonymous', 'town', 'operator', 'base', 'admin']
  const as = (r: Role) => (r === 'anonymous' ? undefined : tokens[r])
  let seq = 0
  const soon = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
  const bodies: Record<string, () => Promise<Record<string, unknown>>> = {
    campaigns: async () => ({ title: `矩阵活动 ${++seq}`, kind: 'training', date: soon(0) }),
    'work-plans': async () => ({ title: `矩阵方案 ${++seq}`, sections: [{ heading: '一', body: '内容' }] }),
    'plan-comments': async () => ({ plan: plan.open, section: plan.section, text: '直接写入' }),
    'education-bases': async () => ({ name: `矩阵基地 ${++seq}`, kind: 'school' }),
    'base-articles': async () => ({ title: `矩阵文章 ${++seq}`, base: ownBase }),
    'visit-slots': async () => ({ base: ownBase, startsAt: soon(72), endsAt: soon(73), capacity: 10 }),
    'visit-bookings': async () => {
      const slot = (
        await app.payload.find({
          collection: 'visit-slots',
          where: { and: [{ base: { equals: ownBase } }, { startsAt: { greater_than: soon(1) } }] },
          limit: 1,
        })
      ).docs[0]!
      return { slot: slot.id, groupName: '矩阵团体', size: 1, contactName: '甲', contactPhone: '13900005555' }
    },
    feedback: async () => ({ text: '直接写入' }),
    'honour-rolls': async () => ({ month: `2025-${String(++seq % 12 || 12).padStart(2, '0')}` }),
  }
  const mayCreate: Record<string, Role[]> = {
    campaigns: ['admin'],
    'work-plans': ['admin'],
    'plan-comments': [],
    'education-bases': ['admin'],
    'base-articles': ['admin', 'base'],
    'visit-slots': ['admin', 'base'],
    'visit-bookings': ['admin', 'base'],
    feedback: [],
    'honour-rolls': ['admin'],
  }
  const mayList: Record<string, Role[]> = {
    feedback: ['operator', 'admin'],
    'visit-bookings': ['base', 'admin'],
  }

  test.each(Object.keys(bodies))('%s: create and list as each role', async (collection) => {
    for (const role of roles) {
      const res = await app.rest.call('POST', `/${collection}`, { token: as(role), body: await bodies[collection]!() })
      expect([collection, role, res.status]).toEqual([
        collection,
        role,
        mayCreate[collection]!.includes(role) ? 201 : 403,
      ])
      const list = await app.rest.call('GET', `/${collection}?limit=1`, { token: as(role) })
      const listed = mayList[collection] ? mayList[collection]!.includes(role) : true
      expect([collection, role, list.status]).toEqual([collection, role, listed ? 200 : 403])
    }
  })

  test('GraphQL shows the public no draft, no held comment, no booking, no feedback and no contact', async () => {
    await app.payload.create({
      collection: 'base-articles',
      data: { title: '草稿文章 GQL', base: ownBase, _status: 'draft' },
      draft: true,
    })
    const q = await app.rest.graphql<{
      Campaigns: { docs: Array<Pick<Campaign, 'title' | '_status'>> }
      BaseArticles: { docs: Array<Pick<BaseArticle, 'title' | '_status'>> }
      PlanComments: { docs: Array<Pick<PlanComment, 'status' | 'contact'>> }
      WorkPlans: { docs: Array<Pick<WorkPlan, 'status'>> }
    }>(`{
      Campaigns(limit: 200, draft: true) { docs { title _status } }
      BaseArticles(limit: 200, draft: true) { docs { title _status } }
      PlanComments(limit: 200) { docs { status contact } }
      WorkPlans(limit: 50) { docs { status } }
    }`)
    const data = q.body.data
    expect(data.Campaigns.docs.every((d) => d._status === 'published')).toBe(true)
    expect(data.BaseArticles.docs.map((d: { title: string }) => d.title)).not.toContain('草稿文章 GQL')
    expect(data.PlanComments.docs.every((d) => d.status === 'approved' && d.contact === null)).toBe(true)
    expect(data.WorkPlans.docs.every((d: { status: string }) => ['consultation', 'issued'].includes(d.status))).toBe(
      true,
    )
    const bookings = await app.rest.graphql(`{ VisitBookings { docs { groupName } } }`)
    expect(bookings.body.data?.VisitBookings ?? null).toBeNull()
    const feedback = await app.rest.graphql(`{ Feedbacks { docs { text } } }`)
    expect(JSON.stringify(feedback.body)).not.toContain('灯坏了')
  })
})
