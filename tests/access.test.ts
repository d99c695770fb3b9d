/**
 * The role matrix over REST with real logins: each role × users / towns / villages / sites ×
 * read / create / update / delete, cross-town attempts, role raising and login lockout.
 * Every refusal is checked to have changed nothing. Also: seeding twice does not duplicate.
 */
import { DEMO_PASSWORD } from '../seed/district'
import { seedDemo } from '../seed'
import { seedPoints } from '../seed/points'
import type { Town } from '../payload-types'
import { bootSeeded } from './helpers/seeded'
import { type Booted } from './helpers/boot'
import { TEST_PASSWORD } from './helpers/fixtures'

const ADMIN = { email: 'admin@test.local', password: 'admin-password-1' }
type Who = 'admin' | 'town' | 'base' | 'operator' | 'anonymous'
const tokens: Partial<Record<Who, string>> = {}
let app: Booted
const ids: Record<string, number | string> = {}
let periodSeq = 0

const counts = async () => {
  const [users, towns, villages, sites] = await Promise.all(
    (['users', 'towns', 'villages', 'sites'] as const).map((collection) =>
      app.payload.count({ collection }).then((r) => r.totalDocs),
    ),
  )
  return { users, towns, villages, sites }
}

const as = (who: Who) => (who === 'anonymous' ? undefined : tokens[who])

beforeAll(async () => {
  app = await bootSeeded({ adminEmail: ADMIN.email, adminPassword: ADMIN.password })
  tokens.admin = await app.rest.login(ADMIN.email, ADMIN.password)
  tokens.town = await app.rest.login('erba@fenlei.local', DEMO_PASSWORD)
  tokens.base = await app.rest.login('base@fenlei.local', DEMO_PASSWORD)
  tokens.operator = await app.rest.login('ops@fenlei.local', DEMO_PASSWORD)
  const find = async (collection: 'towns' | 'villages' | 'sites' | 'users', field: string, value: string) => {
    const r = await app.payload.find({ collection, where: { [field]: { equals: value } }, limit: 1 })
    if (!r.docs[0]) throw new Error(`seed lacks ${collection} ${value}`)
    return r.docs[0].id
  }
  ids.erba = await find('towns', 'name', '二坝镇')
  ids.tanggou = await find('towns', 'name', '汤沟镇')
  ids.daguai = await find('villages', 'name', '大拐村')
  ids.tanggouVillage = await find('villages', 'name', '汤沟村')
  ids.erbaSite = await find('sites', 'name', '大拐村分类示范点')
  ids.citySite = await find('sites', 'name', '市政府')
  ids.opsUser = await find('users', 'email', 'ops@fenlei.local')
  ids.admin = await find('users', 'email', ADMIN.email)
  ids.townUser = await find('users', 'email', 'erba@fenlei.local')
  ids.method = (await app.payload.find({ collection: 'assessment-methods', limit: 1 })).docs[0]!.id
  const cleanerOf = async (town: number | string) =>
    (await app.payload.find({ collection: 'cleaners', where: { town: { equals: town } }, limit: 1 })).docs[0]!.id
  ids.erbaCleaner = await cleanerOf(ids.erba)
  ids.tanggouCleaner = await cleanerOf(ids.tanggou)
})
afterAll(async () => {
  await app?.close()
})

describe('seed', () => {
  test('seeding twice does not duplicate anything', async () => {
    const before = await counts()
    expect(before).toEqual({ users: 4, towns: 4, villages: 14, sites: 5 })
    const report = await seedDemo(app.payload, {
      adminEmail: ADMIN.email,
      adminPassword: ADMIN.password,
      points: false,
    })
    expect(report.created).toBe(0)
    expect(await counts()).toEqual(before)
  })

  test('the points demo (cards, drops, redemptions, checks) seeds once and stays consistent', async () => {
    const first = await seedPoints(app.payload, 3)
    expect(first.cards).toBe(3112)
    expect(first.drops).toBeGreaterThan(1000)
    const sizes = async () =>
      Promise.all(
        (['cards', 'drop-offs', 'point-entries', 'redemptions', 'sorting-checks', 'rewards'] as const).map((c) =>
          app.payload.count({ collection: c }).then((r) => r.totalDocs),
        ),
      )
    const before = await sizes()
    const second = await seedPoints(app.payload, 3)
    expect(second).toMatchObject({ cards: 0, drops: 0, redemptions: 0, checks: 0 })
    expect(await sizes()).toEqual(before)
    const cards = await app.payload.find({
      collection: 'cards',
      pagination: false,
      depth: 0,
      select: { balance: true },
    })
    const entries = await app.payload.find({
      collection: 'point-entries',
      pagination: false,
      depth: 0,
      select: { delta: true },
    })
    expect(cards.docs.reduce((s, c) => s + (c.balance ?? 0), 0)).toBe(entries.docs.reduce((s, e) => s + e.delta, 0))
  })
})

describe('read', () => {
  // How many records each role sees in a list; 403 where it may not list at all.
  const visible: Record<Who, Record<'users' | 'towns' | 'villages' | 'sites', number | 403>> = {
    admin: { users: 4, towns: 4, villages: 14, sites: 5 },
    town: { users: 1, towns: 4, villages: 5, sites: 1 },
    base: { users: 1, towns: 4, villages: 403, sites: 5 },
    operator: { users: 1, towns: 4, villages: 14, sites: 5 },
    anonymous: { users: 403, towns: 4, villages: 403, sites: 403 },
  }
  for (const [who, row] of Object.entries(visible) as [Who, (typeof visible)[Who]][]) {
    for (const [collection, expected] of Object.entries(row)) {
      test(`${who} lists ${collection}: ${expected === 403 ? 'refused' : expected}`, async () => {
        const res = await app.rest.call('GET', `/${collection}?limit=100&depth=0`, { token: as(who) })
        if (expected === 403) {
          expect(res.status).toBe(403)
        } else {
          expect(res.status).toBe(200)
          expect(res.body.totalDocs).toBe(expected)
        }
      })
    }
  }

  test('a town official cannot read a village or site of another town by id', async () => {
    const village = await app.rest.call('GET', `/villages/${ids.tanggouVillage}`, { token: tokens.town })
    const site = await app.rest.call('GET', `/sites/${ids.citySite}`, { token: tokens.town })
    expect([403, 404]).toContain(village.status)
    expect([403, 404]).toContain(site.status)
  })
})

describe('create', () => {
  const bodies = {
    users: (n: string) => ({
      email: `new-${n}@test.local`,
      password: TEST_PASSWORD,
      name: '新用户',
      role: 'operator',
    }),
    towns: (n: string) => ({ name: `新镇-${n}` }),
    villages: (n: string) => ({ name: `新村-${n}`, town: ids.erba, registeredPopulation: 1200 }),
    sites: (n: string) => ({ name: `新场所-${n}`, kind: 'village', town: ids.erba }),
  }
  const allowed: Record<Who, (keyof typeof bodies)[]> = {
    admin: ['users', 'towns', 'villages', 'sites'],
    town: ['villages', 'sites'],
    base: [],
    operator: [],
    anonymous: [],
  }
  for (const who of Object.keys(allowed) as Who[]) {
    for (const collection of Object.keys(bodies) as (keyof typeof bodies)[]) {
      const ok = allowed[who].includes(collection)
      test(`${who} creates ${collection}: ${ok ? 'allowed' : 'refused, nothing written'}`, async () => {
        const before = await counts()
        const res = await app.rest.call('POST', `/${collection}`, { token: as(who), body: bodies[collection](who) })
        const after = await counts()
        if (ok) {
          expect(res.status).toBe(201)
          expect(after[collection]).toBe(before[collection] + 1)
        } else {
          expect(res.status).toBe(403)
          expect(after).toEqual(before)
        }
      })
    }
  }

  test('a site whose village lies in another town is refused', async () => {
    const before = await counts()
    const res = await app.rest.call('POST', '/sites', {
      token: tokens.admin,
      body: { name: '错配场所', kind: 'village', town: ids.erba, village: ids.tanggouVillage },
    })
    expect(res.status).toBe(400)
    expect(await counts()).toEqual(before)
  })
})

describe('update', () => {
  const target = () => ({
    users: ids.admin,
    towns: ids.erba,
    villages: ids.daguai,
    sites: ids.erbaSite,
  })
  // A village's registered population is the district's figure (issue 19; tests/assessment.test.ts): the matrix
  // edits what a town keeps, its villages' names.
  const field = { users: 'name', towns: 'note', villages: 'name', sites: 'address' } as const
  const value = (who: Who) => ({
    users: `改名-${who}`,
    towns: `备注-${who}`,
    villages: `大拐村-${who}`,
    sites: `地址-${who}`,
  })
  const allowed: Record<Who, (keyof typeof field)[]> = {
    admin: ['users', 'towns', 'villages', 'sites'],
    town: ['villages', 'sites'],
    base: [],
    operator: [],
    anonymous: [],
  }
  for (const who of Object.keys(allowed) as Who[]) {
    for (const collection of Object.keys(field) as (keyof typeof field)[]) {
      const ok = allowed[who].includes(collection)
      test(`${who} updates ${collection}: ${ok ? 'allowed' : 'refused, unchanged'}`, async () => {
        const id = target()[collection]
        const before = await app.payload.findByID({ collection, id, depth: 0 })
        const res = await app.rest.call('PATCH', `/${collection}/${id}`, {
          token: as(who),
          body: { [field[collection]]: value(who)[collection] },
        })
        const after = await app.payload.findByID({ collection, id, depth: 0 })
        if (ok) {
          expect(res.status).toBe(200)
          expect((after as unknown as Record<string, unknown>)[field[collection]]).toBe(value(who)[collection])
        } else {
          expect([403, 404]).toContain(res.status)
          expect(after).toEqual(before)
        }
      })
    }
  }

  test('users update their own profile but not their role; only admins change roles', async () => {
    const self = await app.rest.call('PATCH', `/users/${ids.opsUser}`, {
      token: tokens.operator,
      body: { phone: '13900000000' },
    })
    expect(self.status).toBe(200)
    const raise = await app.rest.call('PATCH', `/users/${ids.opsUser}`, {
      token: tokens.operator,
      body: { role: 'admin' },
    })
    expect(raise.status).toBe(403)
    const townRaise = await app.rest.call('PATCH', `/users/${ids.townUser}`, {
      token: tokens.town,
      body: { role: 'admin' },
    })
    expect(townRaise.status).toBe(403)
    const rebind = await app.rest.call('PATCH', `/users/${ids.townUser}`, {
      token: tokens.town,
      body: { town: ids.tanggou },
    })
    expect(rebind.status).toBe(403)
    const ops = await app.payload.findByID({ collection: 'users', id: ids.opsUser, depth: 0 })
    const town = await app.payload.findByID({ collection: 'users', id: ids.townUser, depth: 0 })
    expect(ops.role).toBe('operator')
    expect(town).toMatchObject({ role: 'town-official', town: ids.erba })

    const me = (await app.payload.find({ collection: 'users', where: { email: { equals: ADMIN.email } } })).docs[0]!
    const selfDemote = await app.rest.call('PATCH', `/users/${me.id}`, {
      token: tokens.admin,
      body: { role: 'operator' },
    })
    expect(selfDemote.status).toBe(403)
    expect((await app.payload.findByID({ collection: 'users', id: me.id })).role).toBe('admin')

    const promote = await app.rest.call('PATCH', `/users/${ids.opsUser}`, {
      token: tokens.admin,
      body: { role: 'admin' },
    })
    expect(promote.status).toBe(200)
    await app.payload.update({ collection: 'users', id: ids.opsUser, data: { role: 'operator' } })
  })
})

describe('delete', () => {
  for (const who of ['town', 'base', 'operator', 'anonymous'] as Who[]) {
    test(`${who} deletes nothing`, async () => {
      const before = await counts()
      for (const [collection, id] of [
        ['users', ids.opsUser],
        ['towns', ids.erba],
        ['villages', ids.daguai],
        ['sites', ids.erbaSite],
      ] as const) {
        const res = await app.rest.call('DELETE', `/${collection}/${id}`, { token: as(who) })
        expect([403, 404]).toContain(res.status)
      }
      expect(await counts()).toEqual(before)
    })
  }

  test('admin deletes', async () => {
    const village = await app.payload.create({
      collection: 'villages',
      data: { name: '待删村', town: ids.erba as number, registeredPopulation: 1 },
    })
    const res = await app.rest.call('DELETE', `/villages/${village.id}`, { token: tokens.admin })
    expect(res.status).toBe(200)
    const gone = await app.payload.findByID({ collection: 'villages', id: village.id, disableErrors: true })
    expect(gone).toBeNull()
  })
})

describe('accounts', () => {
  test('five wrong passwords lock the account, then even the right one is refused', async () => {
    const email = 'lock@test.local'
    await app.payload.create({
      collection: 'users',
      data: { email, password: 'right-password-1', name: '锁定测试', role: 'operator' },
    })
    for (let i = 0; i < 5; i++) {
      const res = await app.rest.call('POST', '/users/login', { body: { email, password: 'wrong' } })
      expect(res.status).toBe(401)
    }
    const locked = await app.rest.call('POST', '/users/login', { body: { email, password: 'right-password-1' } })
    expect(locked.status).not.toBe(200)
    expect(locked.body.token).toBeUndefined()
  })
})

/**
 * Every collection that spreads `townScoped()` (marked `custom.townScoped`) faces the same attacks
 * from a town official, over REST and GraphQL: another town's records stay invisible and
 * untouchable, nothing can be created in or moved to another town, and a new record without a
 * town lands in the official's own. A new town-owned collection must add a sample body here.
 */
describe('every town-scoped collection', () => {
  type Sample = (town: number | string, n: string) => Record<string, unknown>
  const samples: Record<string, { body: Sample; edit: Record<string, unknown> }> = {
    villages: {
      body: (town, n) => ({ name: `样本村-${n}`, town, registeredPopulation: 100 }),
      edit: { registeredPopulation: 7 },
    },
    sites: { body: (town, n) => ({ name: `样本场所-${n}`, kind: 'village', town }), edit: { address: '改过的地址' } },
    cleaners: {
      body: (town, n) => ({
        name: `样本保洁员-${n}`,
        town,
        village: String(town) === String(ids.erba) ? ids.daguai : ids.tanggouVillage,
        birthDate: '1970-01-01',
      }),
      edit: { status: 'left' },
    },
    'cleanup-drives': {
      body: (town) => ({
        town,
        village: String(town) === String(ids.erba) ? ids.daguai : ids.tanggouVillage,
        day: '2026-09-01',
        grams: 1_500_000,
      }),
      edit: { volunteers: 3 },
    },
    'sanitation-contracts': {
      body: (town, n) => ({
        operatorName: `样本公司-${n}`,
        town,
        start: '2026-01-01',
        end: '2026-12-31',
        annualValueFen: 100_00,
      }),
      edit: { roads: '改过的道路' },
    },
    'cleaner-inspections': {
      body: (town) => ({ town, day: '2026-09-01', rows: [] }),
      edit: { day: '2026-09-02' },
    },
    'cleaner-appraisals': {
      body: (town) => ({
        town,
        cleaner: String(town) === String(ids.erba) ? ids.erbaCleaner : ids.tanggouCleaner,
        quarter: `${2000 + ++periodSeq}-Q2`,
      }),
      edit: { adjustmentReason: '改过的理由' },
    },
    assessments: {
      // Each body its own period: one assessment per town and period.
      body: (town) => ({ town, period: `${2000 + ++periodSeq}-Q1`, method: ids.method }),
      edit: { selfBonus: 1 },
    },
  }
  const scoped = () =>
    app.payload.config.collections
      .filter((c) => (c.custom as { townScoped?: boolean } | undefined)?.townScoped)
      .map((c) => c.slug)
  const graphqlName = (slug: string) => slug.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase())
  const countOf = async (slug: string) => (await app.payload.count({ collection: slug as 'villages' })).totalDocs

  test('the bundle is used by the town-owned collections, and each has a sample here', () => {
    expect(scoped()).toEqual(expect.arrayContaining(['villages', 'sites']))
    for (const slug of scoped()) expect(samples[slug]).toBeDefined()
  })

  test('a town official reads only their own town, over REST and GraphQL', async () => {
    for (const slug of scoped()) {
      await app.payload.create({
        collection: slug as 'villages',
        data: samples[slug]!.body(ids.tanggou, 'other') as never,
      })
      // depth=0: the town is its id.
      const rest = await app.rest.call<{ docs: Array<{ id: number; town: number }> }>(
        'GET',
        `/${slug}?limit=1000&depth=0`,
        { token: tokens.town },
      )
      expect(rest.status).toBe(200)
      expect(rest.body.docs.length).toBeGreaterThan(0)
      expect(rest.body.docs.every((d: { town: number }) => String(d.town) === String(ids.erba))).toBe(true)
      const gql = await app.rest.graphql<Record<string, { docs: Array<{ town: Pick<Town, 'id'> }> }>>(
        `{ ${graphqlName(slug)}(limit: 1000) { docs { id town { id } } } }`,
        { token: tokens.town },
      )
      const docs = gql.body.data[graphqlName(slug)].docs
      expect(docs.length).toBe(rest.body.docs.length)
      expect(docs.every((d) => String(d.town.id) === String(ids.erba))).toBe(true)
    }
  })

  test('creating in another town is refused with a code and writes nothing (REST and GraphQL)', async () => {
    for (const slug of scoped()) {
      const before = await countOf(slug)
      const res = await app.rest.call('POST', `/${slug}`, {
        token: tokens.town,
        body: samples[slug]!.body(ids.tanggou, 'x'),
      })
      expect(res.status).toBe(403)
      expect(res.body.errors[0].data.code).toBe('OTHER_TOWN')
      const body = samples[slug]!.body(ids.tanggou, 'gql')
      const fields = Object.entries(body)
        .map(([k, v]) => `${k}: ${typeof v === 'string' && !/^\d+$/.test(v) && k !== 'kind' ? JSON.stringify(v) : v}`)
        .join(', ')
      const gql = await app.rest.graphql(
        `mutation { create${graphqlName(slug).replace(/s$/, '')}(data: { ${fields} }) { id } }`,
        {
          token: tokens.town,
        },
      )
      expect(gql.body.errors?.length).toBeGreaterThan(0)
      expect(await countOf(slug)).toBe(before)
    }
  })

  test('a new record without a town lands in the official’s own town', async () => {
    for (const slug of scoped()) {
      const body = samples[slug]!.body(ids.erba, 'own')
      delete body.town
      // Answered at the default depth: the town populated.
      const res = await app.rest.call<{ doc: { town: Town } }>('POST', `/${slug}`, { token: tokens.town, body })
      expect(res.status).toBe(201)
      expect(String(res.body.doc.town?.id ?? res.body.doc.town)).toBe(String(ids.erba))
    }
  })

  test('another town’s record cannot be edited or deleted, and an own record cannot be moved away', async () => {
    for (const slug of scoped()) {
      const collection = slug as 'villages'
      const other = await app.payload.create({ collection, data: samples[slug]!.body(ids.tanggou, 'target') as never })
      const own = await app.payload.create({ collection, data: samples[slug]!.body(ids.erba, 'mine') as never })
      const [otherBefore, ownBefore] = [
        await app.payload.findByID({ collection, id: other.id }),
        await app.payload.findByID({ collection, id: own.id }),
      ]
      const edit = await app.rest.call('PATCH', `/${slug}/${other.id}`, {
        token: tokens.town,
        body: samples[slug]!.edit,
      })
      expect([403, 404]).toContain(edit.status)
      const remove = await app.rest.call('DELETE', `/${slug}/${other.id}`, { token: tokens.town })
      expect([403, 404]).toContain(remove.status)
      const move = await app.rest.call('PATCH', `/${slug}/${own.id}`, {
        token: tokens.town,
        body: { town: ids.tanggou },
      })
      expect(move.status).toBe(403)
      expect(move.body.errors[0].data.code).toBe('OTHER_TOWN')
      const gqlMove = await app.rest.graphql(
        `mutation { update${graphqlName(slug).replace(/s$/, '')}(id: ${own.id}, data: { town: ${ids.tanggou} }) { id } }`,
        { token: tokens.town },
      )
      expect(gqlMove.body.errors?.length).toBeGreaterThan(0)
      expect(await app.payload.findByID({ collection, id: other.id })).toEqual(otherBefore)
      expect(await app.payload.findByID({ collection, id: own.id })).toEqual(ownBefore)
    }
  })
})

describe('one error shape on /api', () => {
  test('Payload’s own refusals carry a code like the platform’s rules do', async () => {
    const forbidden = await app.rest.call('GET', '/villages')
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.errors[0].data.code).toBe('FORBIDDEN')
    const invalid = await app.rest.call('POST', '/villages', { token: tokens.admin, body: { town: ids.erba } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.errors[0].data).toMatchObject({ code: 'VALIDATION_FAILED' })
    const missing = await app.rest.call('GET', '/villages/987654', { token: tokens.admin })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].data.code).toBe('NOT_FOUND')
    const endpoint = await app.rest.call('GET', '/follow-ups/candidates?from=yesterday', { token: tokens.admin })
    expect(endpoint.status).toBe(400)
    expect(endpoint.body.errors[0].data).toMatchObject({ code: 'INVALID_QUERY', path: 'from' })
    const notAllowed = await app.rest.call('POST', '/drop-offs/record', { token: tokens.town, body: { drops: [] } })
    expect(notAllowed.status).toBe(403)
    expect(notAllowed.body.errors[0].data.code).toBe('FORBIDDEN')
  })
})

describe('one language per reader', () => {
  const english = /[A-Za-z]{2,}[ ,.;:]+[A-Za-z]{2,}/
  const chinese = /[\u4e00-\u9fff]/
  test('a refusal reads in Chinese only for a zh reader and in English only for an en reader; the code stays', async () => {
    const tries: Array<() => { method: string; url: string; body?: unknown; token?: string }> = [
      () => ({
        method: 'POST',
        url: '/villages',
        body: { name: '越界村', town: ids.tanggou, registeredPopulation: 10 },
        token: tokens.town,
      }),
      () => ({ method: 'PATCH', url: `/users/${ids.opsUser}`, body: { role: 'admin' }, token: tokens.operator }),
      () => ({ method: 'GET', url: '/follow-ups/candidates?from=yesterday', token: tokens.admin }),
      () => ({
        method: 'POST',
        url: '/villages',
        body: { town: ids.erba, name: '人口', registeredPopulation: 1.5 },
        token: tokens.admin,
      }),
    ]
    for (const make of tries) {
      const { method, url, body, token } = make()
      const zh = await app.rest.call(method, url, { token, body, lang: 'zh' })
      const en = await app.rest.call(method, url, { token, body, lang: 'en' })
      expect(zh.status).toBeGreaterThanOrEqual(400)
      expect(zh.body.errors[0].data.code).toBe(en.body.errors[0].data.code)
      const zhText = JSON.stringify(
        zh.body.errors.map((e: { message: string; data?: { errors?: Array<{ message: string }> } }) => [
          e.message,
          e.data?.errors?.map((f) => f.message),
        ]),
      )
      const enText = JSON.stringify(
        en.body.errors.map((e: { message: string; data?: { errors?: Array<{ message: string }> } }) => [
          e.message,
          e.data?.errors?.map((f) => f.message),
        ]),
      )
      expect(zhText).toMatch(chinese)
      expect(zhText).not.toMatch(english)
      expect(enText).not.toMatch(chinese)
    }
  })
})
