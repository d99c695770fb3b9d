/**
 * The countryside's demo year: cleaners on every village's roster (a few villages short), sanitation
 * contracts and clean-up drives, the district's
 * assessment method with each town's base, two quarters of assessments taken through the workflow
 * (self-scores, submission, review with evidenced findings, approval) and their payouts — Q2 paid, Q3
 * computed. Idempotent: each record is looked up by its natural key first.
 */
import type { Payload } from 'payload'

import { DEFAULT_METHOD } from '../domain/assessment/method'
import { cleanersRequired, DEFAULT_STAFFING_RATIO } from '../domain/countryside/staffing'
import { computePayouts } from '../collections/assessment/SubsidyPayouts/compute'
import { inTransaction } from '../shared/transaction'
import { towns as seedTowns } from './district'
import { SURNAMES } from './points'

const GIVEN = ['桂兰', '秀英', '德明', '长江', '玉珍', '金华', '国强', '永福', '春梅', '志刚', '翠花', '建国']
/** Villages a little short of cleaners (how many missing): the under-staffed list is not empty. */
const SHORT: Record<string, number> = { 宏福村: 2, 团洲村: 1, 新丰村: 1, 新河村: 2 }
/** Each town's base per quarter (fen). */
const BASES: Record<string, number> = {
  湾里街道: 300_000_00,
  二坝镇: 240_000_00,
  汤沟镇: 180_000_00,
  白茆镇: 180_000_00,
}
/** How each town did (self-score as a share of each item's maximum; findings the district makes). */
const PROFILE: Record<string, { self: number; findings: number; bonus: number }> = {
  湾里街道: { self: 0.97, findings: 1, bonus: 3 },
  二坝镇: { self: 0.95, findings: 2, bonus: 4 },
  汤沟镇: { self: 0.88, findings: 5, bonus: 1 },
  白茆镇: { self: 0.82, findings: 7, bonus: 0 },
}
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const METHOD_NAME = '农村生活垃圾治理考评办法（2026 年版）'

export async function seedCountryside(payload: Payload): Promise<number> {
  let created = 0
  const towns = (await payload.find({ collection: 'towns', pagination: false, depth: 0 })).docs
  const villages = (await payload.find({ collection: 'villages', pagination: false, depth: 0 })).docs

  // Cleaners: the required number for each village, less a few where the demo shows a gap.
  let n = 0
  for (const village of villages) {
    const existing = await payload.count({ collection: 'cleaners', where: { village: { equals: village.id } } })
    if (existing.totalDocs) continue
    const want =
      cleanersRequired(village.registeredPopulation ?? 0, DEFAULT_STAFFING_RATIO) - (SHORT[village.name] ?? 0)
    for (let i = 0; i < want; i++, n++) {
      const born = 1962 + (n % 24)
      await payload.create({
        collection: 'cleaners',
        data: {
          name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`,
          town: village.town as number,
          village: village.id,
          birthDate: `${born}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`,
          phone: `139${String(55_000_000 + n * 7919).slice(0, 8)}`,
          hiredOn: `20${String(18 + (n % 7)).padStart(2, '0')}-03-01`,
          status: 'on-duty',
          contractKind: village.marketContract ? 'market' : 'village',
          basePayFen: 2_000_00 + (n % 5) * 100_00,
        },
      })
      created++
    }
  }

  // Market-based sanitation: one running contract per town for the villages the district lists as covered.
  const OPERATORS = ['芜湖市洁美环境服务有限公司', '安徽绿源环卫工程有限公司', '鸠江区城乡保洁服务中心']
  for (const [i, town] of towns.entries()) {
    const covered = villages.filter((v) => v.town === town.id && v.marketContract).map((v) => v.id)
    if (!covered.length) continue
    const exists = await payload.count({ collection: 'sanitation-contracts', where: { town: { equals: town.id } } })
    if (exists.totalDocs) continue
    await payload.create({
      collection: 'sanitation-contracts',
      data: {
        operatorName: OPERATORS[i % OPERATORS.length]!,
        town: town.id,
        villages: covered,
        roads: `${town.name}主干道及村道`,
        seatRoadMetres: seedTowns.find((t) => t.name === town.name)?.roads?.seatCovered,
        mainRoadMetres: seedTowns.find((t) => t.name === town.name)?.roads?.mainCovered,
        start: '2025-01-01',
        end: '2027-12-31',
        annualValueFen: covered.length * 380_000_00,
      },
    })
    created++
  }

  // Clean-up drives of accumulated waste through the year: a few per village, tonnes in whole kilograms.
  if (!(await payload.count({ collection: 'cleanup-drives' })).totalDocs) {
    for (const [i, village] of villages.entries()) {
      for (const [k, day] of [
        '2026-01-17',
        '2026-04-18',
        '2026-06-06',
        '2026-08-22',
        '2026-09-26',
        '2026-11-14',
      ].entries()) {
        if ((i + k) % 3 === 2) continue
        await payload.create({
          collection: 'cleanup-drives',
          data: {
            town: village.town as number,
            village: village.id,
            day,
            grams: (1_200 + ((i * 7 + k * 13) % 40) * 150) * 1000,
            volunteers: 8 + ((i + k) % 5) * 6,
            note: k % 2 ? '清理房前屋后积存垃圾' : '清理沟塘、路边积存垃圾',
          },
        })
        created++
      }
    }
  }

  // Sorting targets: model villages picked (three in 二坝镇, two in each of the others), the share sorting by year end.
  if (!(await payload.count({ collection: 'sorting-targets' })).totalDocs) {
    for (const town of towns) {
      const model = town.name === '二坝镇' ? 3 : 2
      const own = villages.filter((v) => v.town === town.id)
      for (const v of own.filter((x) => x.runsSorting).slice(0, model - (town.name === '白茆镇' ? 1 : 0)))
        await payload.update({
          collection: 'villages',
          id: v.id,
          data: { modelVillage: true, schemeSince: '2025-09-01', modelSince: '2025-12-01' },
        })
      await payload.create({
        collection: 'sorting-targets',
        data: {
          town: town.id,
          byDate: '2026-12-31',
          sharePercent: town.kind === 'subdistrict' ? 100 : 80,
          modelVillages: model,
        },
      })
      created++
    }
  }

  // Each town's inspections of its cleaners through the year and the quarterly appraisals they feed.
  if (!(await payload.count({ collection: 'cleaner-inspections' })).totalDocs) {
    for (const town of towns) {
      const roster = (
        await payload.find({ collection: 'cleaners', where: { town: { equals: town.id } }, limit: 6, sort: 'id' })
      ).docs
      // An inspection each quarter of the year (findings move from cleaner to cleaner).
      for (const [q, day] of ['2026-01-20', '2026-04-15', '2026-07-15', '2026-09-10', '2026-11-18'].entries()) {
        await payload.create({
          collection: 'cleaner-inspections',
          data: {
            town: town.id,
            day,
            rows: roster.map((c, i) => ({
              cleaner: c.id,
              onRoster: true,
              onDuty: (i + q) % 6 !== 2,
              findings: (i + q) % 6 === 2 ? '检查时不在岗' : (i + q) % 6 === 4 ? '责任区路边有积存垃圾' : null,
              deduction: (i + q) % 6 === 2 ? 5 : (i + q) % 6 === 4 ? 2 : 0,
            })),
          },
        })
        created++
      }
      for (const quarter of ['2026-Q1', '2026-Q2', '2026-Q3'])
        for (const c of roster) {
          await payload.create({ collection: 'cleaner-appraisals', data: { cleaner: c.id, quarter } })
          created++
        }
    }
  }

  // The method, with each town's base.
  const found = await payload.find({
    collection: 'assessment-methods',
    where: { name: { equals: METHOD_NAME } },
    limit: 1,
  })
  const method =
    found.docs[0] ??
    (await payload.create({
      collection: 'assessment-methods',
      data: {
        name: METHOD_NAME,
        periodKind: 'quarter',
        parts: DEFAULT_METHOD.parts,
        bonusMax: DEFAULT_METHOD.bonusMax,
        tiers: DEFAULT_METHOD.tiers,
        subsidy: 'by-tier',
        pool: DEFAULT_METHOD.pool ?? undefined,
        bases: towns.map((t) => ({ town: t.id, baseFen: BASES[t.name] ?? 150_000_00 })),
      },
    }))
  if (!found.docs[0]) created++

  // Two quarters through the workflow; Q2 paid, Q3 computed.
  for (const period of ['2026-Q2', '2026-Q3']) {
    for (const town of towns) {
      const exists = await payload.count({
        collection: 'assessments',
        where: { and: [{ town: { equals: town.id } }, { period: { equals: period } }] },
      })
      if (exists.totalDocs) continue
      const profile = PROFILE[town.name] ?? { self: 0.9, findings: 2, bonus: 0 }
      const draft = await payload.create({
        collection: 'assessments',
        data: { town: town.id, period, method: method.id, status: 'draft' },
      })
      const items = (draft.items ?? []).map((item) => ({
        ...item,
        selfScore: Math.floor(((item.max ?? 0) * profile.self) / 0.5) * 0.5,
        note:
          item.measured !== null && item.measured !== undefined ? `系统统计值 ${item.measured}，自评据实填报。` : null,
      }))
      await payload.update({
        collection: 'assessments',
        id: draft.id,
        data: { items, selfBonus: profile.bonus, status: 'submitted' },
      })
      const photo = await payload.create({
        collection: 'media',
        data: { alt: `${town.name} ${period} 暗访照片`, visibility: 'private', area: 'assessment', town: town.id },
        file: { data: PNG, mimetype: 'image/png', name: `check-${town.id}-${period}.png`, size: PNG.length },
      })
      const reviewed = items.map((item, i) => ({
        ...item,
        findings:
          // Q3 a little better than Q2: one finding fewer.
          i < profile.findings - (period === '2026-Q3' ? 1 : 0)
            ? [{ text: i % 2 ? '抽查发现路边积存垃圾未清理' : '抽查村保洁员不在岗', evidence: [photo.id] }]
            : [],
      }))
      await payload.update({
        collection: 'assessments',
        id: draft.id,
        data: { items: reviewed, reviewBonus: profile.bonus, status: 'approved' },
      })
      created += 2
    }
    const paid = await payload.count({ collection: 'subsidy-payouts', where: { period: { equals: period } } })
    if (paid.totalDocs) continue
    const { created: payouts } = await inTransaction(payload, (req) => computePayouts(req, period))
    created += payouts
    if (period === '2026-Q2') {
      const rows = await payload.find({ collection: 'subsidy-payouts', where: { period: { equals: period } } })
      for (const [i, row] of rows.docs.entries()) {
        await payload.update({ collection: 'subsidy-payouts', id: row.id, data: { status: 'approved' } })
        await payload.update({
          collection: 'subsidy-payouts',
          id: row.id,
          data: { status: 'paid', paidOn: '2026-07-20', voucher: `财付 2026-07-${String(101 + i)}` },
        })
      }
    }
  }
  // The ranking notices: Q2 published, Q3 a draft.
  for (const period of ['2026-Q2', '2026-Q3']) {
    if ((await payload.count({ collection: 'ranking-notices', where: { period: { equals: period } } })).totalDocs)
      continue
    await payload.create({
      collection: 'ranking-notices',
      data: { period, status: period === '2026-Q2' ? 'published' : 'draft' },
    })
    created++
  }
  return created
}
