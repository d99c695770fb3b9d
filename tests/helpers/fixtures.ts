/**
 * The records most tests start from, built the one way: people of each role (created, then signed in over REST), a
 * town with its villages and sites, a card, a bin registered as an admin does it (its secret read once from the
 * answer). Each returns what the tests use: ids, tokens, the device's credentials.
 */
import type { Booted } from './boot'

/** Every test person's password (test databases only). */
export const TEST_PASSWORD = 'password-123'

export type Role = 'admin' | 'operator' | 'town-official' | 'base-editor'

export type Person = {
  id: number
  email: string
  /** Signed in over REST. */
  token: string
  /** The user as the Local API takes it (`user`, with `overrideAccess: false`). */
  user: Record<string, unknown> & { id: number; collection: 'users' }
}

/**
 * A person of `role`, created through the Local API and signed in over REST.
 * (The first user of an empty installation is always an admin, whatever the role asked for.)
 */
export async function person(
  app: Booted,
  role: Role,
  o: { email?: string; name?: string; town?: number; educationBase?: number } = {},
): Promise<Person> {
  const email = o.email ?? `${role}-${Math.random().toString(36).slice(2, 8)}@test.local`
  const doc = await app.payload.create({
    collection: 'users',
    data: {
      email,
      password: TEST_PASSWORD,
      name: o.name ?? email,
      role,
      ...(o.town !== undefined ? { town: o.town } : {}),
      ...(o.educationBase !== undefined ? { educationBase: o.educationBase } : {}),
    },
  })
  const token = await app.rest.login(email, TEST_PASSWORD)
  return { id: doc.id, email, token, user: { ...doc, collection: 'users' } }
}

export type Place = {
  id: number
  villages: Record<string, number>
  sites: Record<string, number>
}

type SiteKind = 'residential' | 'government' | 'school' | 'education-base' | 'village'

/** A town (or sub-district) with its villages (and their registered populations) and its sites. */
export async function town(
  app: Booted,
  name: string,
  o: {
    kind?: 'town' | 'subdistrict'
    villages?: Array<{ name: string; registeredPopulation?: number }>
    sites?: Array<{ name: string; kind?: SiteKind }>
  } = {},
): Promise<Place> {
  const { payload } = app
  const doc = await payload.create({ collection: 'towns', data: { name, kind: o.kind ?? 'town' } })
  const villages: Record<string, number> = {}
  for (const v of o.villages ?? [])
    villages[v.name] = (
      await payload.create({
        collection: 'villages',
        data: { name: v.name, town: doc.id, registeredPopulation: v.registeredPopulation ?? 0 },
      })
    ).id
  const sites: Record<string, number> = {}
  for (const s of o.sites ?? [])
    sites[s.name] = (
      await payload.create({ collection: 'sites', data: { name: s.name, kind: s.kind ?? 'residential', town: doc.id } })
    ).id
  return { id: doc.id, villages, sites }
}

let cards = 0

/** An active household card at `site`, issued long before anything a test dates its drops at. */
export function card(app: Booted, site: number, extra: Record<string, unknown> = {}) {
  cards++
  return app.payload.create({
    collection: 'cards',
    data: {
      cardNumber: `T${String(cards).padStart(6, '0')}`,
      status: 'active',
      holderKind: 'household',
      site,
      channel: 'booth',
      issuedAt: '2024-01-01T00:00:00.000Z',
      ...extra,
    },
  })
}

export type RegisteredBin = { id: number; deviceId: string; secret: string }

/** A four-compartment recyclables bin at `site`, registered over REST by an admin; its secret from the answer. */
export async function bin(
  app: Booted,
  adminToken: string,
  site: number,
  deviceId: string,
  extra: Record<string, unknown> = {},
): Promise<RegisteredBin> {
  const res = await app.rest.call('POST', '/bins', {
    token: adminToken,
    body: {
      deviceId,
      kind: 'recyclables-4',
      site,
      compartments: [
        { number: 1, category: 'paper', capacityLitres: 240 },
        { number: 2, category: 'plastic', capacityLitres: 240 },
        { number: 3, category: 'metal', capacityLitres: 120 },
        { number: 4, category: 'glass', capacityLitres: 120 },
      ],
      ...extra,
    },
  })
  if (res.status !== 201) throw new Error(`registering ${deviceId} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { id: res.body.doc.id, deviceId, secret: String(res.body.doc.newSecret) }
}
