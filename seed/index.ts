/**
 * Seeds the demo district through the Local API. Idempotent: each record is looked up by its
 * natural key (name, email) first, so running it twice creates nothing new.
 */
import type { Payload } from 'payload'

import { env } from '../config/env'
import { DEMO_PASSWORD, demoUsers, educationBases, sites, towns } from './district'
import { seedCountryside } from './countryside'
import { seedDevices } from './devices'
import { seedPoints, type PointsSeedReport } from './points'
import { forecastFills } from '../jobs/operations/fillForecast'
import { seedBinCare, seedOperations } from './operations'
import { seedHonourRoll, seedPublicity } from './publicity'
import { seedReport } from './report'

export type SeedOptions = { adminEmail: string; adminPassword: string; points?: boolean }
export type SeedReport = { created: number; existing: number; points?: PointsSeedReport }

export async function seedDemo(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = { created: 0, existing: 0 }

  async function ensure<T extends { id: number | string }>(
    find: () => Promise<{ docs: unknown[] }>,
    create: () => Promise<unknown>,
  ): Promise<T> {
    const found = await find()
    if (found.docs[0]) {
      report.existing++
      return found.docs[0] as T
    }
    report.created++
    return (await create()) as T
  }

  // Admin first: the first user of an installation is the district admin.
  await ensure(
    () => payload.find({ collection: 'users', where: { email: { equals: options.adminEmail } }, limit: 1 }),
    () =>
      payload.create({
        collection: 'users',
        data: { email: options.adminEmail, password: options.adminPassword, name: '区城管局管理员', role: 'admin' },
      }),
  )

  const townIds = new Map<string, number | string>()
  const villageIds = new Map<string, number | string>()
  for (const town of towns) {
    const doc = await ensure<{ id: number | string }>(
      () => payload.find({ collection: 'towns', where: { name: { equals: town.name } }, limit: 1 }),
      () =>
        payload.create({
          collection: 'towns',
          data: {
            name: town.name,
            kind: town.kind,
            code: town.code,
            seatRoadMetres: town.roads?.seat,
            mainRoadMetres: town.roads?.main,
          },
        }),
    )
    townIds.set(town.name, doc.id)
    for (const v of town.villages) {
      const village = await ensure<{ id: number | string }>(
        () =>
          payload.find({
            collection: 'villages',
            where: { and: [{ name: { equals: v.name } }, { town: { equals: doc.id } }] },
            limit: 1,
          }),
        () =>
          payload.create({
            collection: 'villages',
            data: {
              name: v.name,
              town: doc.id as number,
              kind: v.kind ?? 'village',
              registeredPopulation: v.population,
              marketContract: v.marketContract,
              runsSorting: Boolean(v.scheme),
              sortingScheme: v.scheme,
            },
          }),
      )
      villageIds.set(v.name, village.id)
    }
  }

  const siteIds = new Map<string, number | string>()
  for (const s of sites) {
    const doc = await ensure<{ id: number | string }>(
      () => payload.find({ collection: 'sites', where: { name: { equals: s.name } }, limit: 1 }),
      () =>
        payload.create({
          collection: 'sites',
          data: {
            name: s.name,
            kind: s.kind,
            town: townIds.get(s.town) as number,
            village: s.village ? (villageIds.get(s.village) as number) : undefined,
            address: s.address,
            latitude: s.latitude,
            longitude: s.longitude,
            contactName: s.contactName,
            contactPhone: s.contactPhone,
            sortedCollection: s.sortedCollection,
            households: s.households,
            urbanPilot: Boolean(s.pilotSince),
            pilotSince: s.pilotSince,
          },
        }),
    )
    siteIds.set(s.name, doc.id)
  }

  const baseIds = new Map<string, number | string>()
  for (const b of educationBases) {
    const doc = await ensure<{ id: number | string }>(
      () => payload.find({ collection: 'education-bases', where: { name: { equals: b.name } }, limit: 1 }),
      () =>
        payload.create({
          collection: 'education-bases',
          data: { ...b, site: b.site ? (siteIds.get(b.site) as number) : null },
        }),
    )
    baseIds.set(b.name, doc.id)
  }

  // Demo accounts share a password the README publishes: never in production.
  for (const u of env.NODE_ENV === 'production' ? [] : demoUsers) {
    await ensure(
      () => payload.find({ collection: 'users', where: { email: { equals: u.email } }, limit: 1 }),
      () =>
        payload.create({
          collection: 'users',
          data: {
            email: u.email,
            password: DEMO_PASSWORD,
            name: u.name,
            role: u.role,
            town: u.town ? (townIds.get(u.town) as number) : undefined,
            educationBase: u.base ? (baseIds.get(u.base) as number) : undefined,
          },
        }),
    )
  }
  report.created += await seedDevices(payload)
  report.created += await seedCountryside(payload)
  report.created += await seedPublicity(payload)
  report.created += await seedOperations(payload)
  report.created += await seedReport(payload)
  report.created += await seedBinCare(payload)
  if (options.points !== false) {
    report.points = await seedPoints(payload)
    report.created += await seedAfterPoints(payload)
  }
  return report
}

/** What needs the points programme in place: the honour roll, and the fill forecast (which compares fills with drops). */
export async function seedAfterPoints(payload: Payload): Promise<number> {
  const created = await seedHonourRoll(payload)
  await forecastFills(payload)
  return created
}

/** True when the database holds nothing yet: the first start seeds it. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const [users, townCount] = await Promise.all([
    payload.count({ collection: 'users' }),
    payload.count({ collection: 'towns' }),
  ])
  return users.totalDocs === 0 && townCount.totalDocs === 0
}
