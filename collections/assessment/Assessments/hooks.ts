/**
 * Hooks of `assessments`: the workflow draft → submitted → (returned → submitted)* → approved, who may
 * change what in each state, the items rebuilt from the method the assessment began under, figures the
 * platform measures, and the totals — always computed (domain/assessment/scoring), never typed.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { currentUser, hasRole } from '../../../shared/roles'
import { refId, sameRef } from '../../../shared/refs'
import { suggestedScore } from '../../../domain/assessment/measures'
import { GRADES, type MethodShape } from '../../../domain/assessment/method'
import { isPeriod, periodLabel, type PeriodKind } from '../../../domain/assessment/periods'
import { entriesProblem, scoreAssessment, type ItemEntry } from '../../../domain/assessment/scoring'
import type { Assessment } from '../../../payload-types'
import { measureLink, measuresFor } from './measures'
import { methodShape } from '../AssessmentMethods/shape'
import { isPlatformWrite } from '../../../shared/platform'
import { notify } from '../../system'
import { badRequest, conflict, forbidden } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'

type Item = NonNullable<Assessment['items']>[number]
type Status = NonNullable<Assessment['status']>
export type Snapshot = MethodShape & {
  id: number | string
  name: string
  version: number
  periodKind: PeriodKind
  bases: Array<{ town: number | string; baseFen: number }>
}

/** Who may move an assessment from one state to the next (staying is saving). */
const TOWN_MOVES: Record<string, Status[]> = { draft: ['draft', 'submitted'], returned: ['returned', 'submitted'] }
const DISTRICT_MOVES: Record<string, Status[]> = {
  draft: ['draft'],
  submitted: ['submitted', 'returned', 'approved'],
  returned: ['returned'],
}

const ids = (v: unknown): string =>
  JSON.stringify((Array.isArray(v) ? v : []).map((x) => String(refId(x as never) ?? '')))
const findingsKey = (v: Item['findings']): string =>
  JSON.stringify((v ?? []).map((f) => [f.text ?? '', f.deduction ?? null, ids(f.evidence)]))
const changed = (a: unknown, b: unknown) => (a ?? null) !== (b ?? null)

async function snapshotOf(req: PayloadRequest, ref: Assessment['method'] | undefined): Promise<Snapshot> {
  const method = await findRef(req, 'assessment-methods', ref)
  if (!method) throw badRequest(req, 'UNKNOWN_METHOD')
  return {
    ...methodShape(method),
    id: method.id,
    name: method.name,
    version: method.version ?? 1,
    periodKind: method.periodKind ?? 'quarter',
    bases: (method.bases ?? []).map((b) => ({ town: refId(b.town)!, baseFen: b.baseFen })),
  }
}

export const assessmentWorkflow: CollectionBeforeChangeHook<Assessment> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const user = currentUser(req)
  const platform = isPlatformWrite(req)
  const district = platform || hasRole(user, 'admin')
  const from: Status | null = operation === 'update' ? (originalDoc?.status ?? 'draft') : null
  const to: Status = data.status ?? from ?? 'draft'
  // What this request sets: a value sent (null too, which clears) or else what was stored.
  const sent = <K extends 'selfBonus' | 'reviewBonus' | 'returnReason'>(key: K): Assessment[K] | undefined =>
    key in data ? data[key] : originalDoc?.[key]
  // Items must be a list of objects: anything else is a bad request, not a crash.
  if (
    data.items !== undefined &&
    data.items !== null &&
    (!Array.isArray(data.items) || data.items.some((i) => !i || typeof i !== 'object'))
  )
    throw badRequest(req, 'INVALID_REQUEST', { path: 'items' })

  // What an assessment is of never changes.
  if (operation === 'update')
    for (const field of ['town', 'period', 'method'] as const)
      if (data[field] !== undefined && !sameRef(data[field] as never, originalDoc?.[field] as never))
        throw forbidden(req, 'ASSESSMENT_FIXED')

  const town = await findRef(req, 'towns', data.town ?? originalDoc?.town)
  const period = String(data.period ?? originalDoc?.period ?? '')
  let snapshot = originalDoc?.methodSnapshot as Snapshot | undefined
  if (operation === 'create') {
    snapshot = await snapshotOf(req, data.method)
    if (!isPeriod(snapshot.periodKind, period)) throw badRequest(req, 'INVALID_PERIOD', { period })
    const existing = await req.payload.count({
      collection: 'assessments',
      where: { and: [{ town: { equals: town?.id ?? null } }, { period: { equals: period } }] },
      req,
      overrideAccess: true,
    })
    if (existing.totalDocs)
      throw conflict(req, 'ASSESSMENT_EXISTS', { town: town?.name ?? '', period: periodLabel(period) })
    data.methodSnapshot = snapshot
  }
  if (!snapshot) throw badRequest(req, 'UNKNOWN_METHOD')

  // Who may move it where.
  // The platform (seed, jobs) acts for both sides.
  const moves = platform
    ? { ...DISTRICT_MOVES, ...TOWN_MOVES, submitted: DISTRICT_MOVES.submitted! }
    : district
      ? DISTRICT_MOVES
      : TOWN_MOVES
  if (operation === 'create' ? to !== 'draft' : !(moves[from!] ?? []).includes(to)) {
    if (!district && from && !TOWN_MOVES[from]) throw forbidden(req, 'ASSESSMENT_LOCKED')
    throw forbidden(req, 'BAD_TRANSITION', { from: from ?? '-', to })
  }

  // The items, rebuilt from the method: what the town enters, what the district reviews, what the platform measures.
  const previous = new Map((originalDoc?.items ?? []).map((i) => [i.key, i]))
  const incoming = new Map<string, Item>()
  for (const item of data.items ?? originalDoc?.items ?? []) {
    if (incoming.has(item.key)) throw badRequest(req, 'ITEM_TWICE', { key: item.key })
    incoming.set(item.key, item)
  }
  const known = new Map(snapshot.parts.flatMap((p) => p.items).map((i) => [i.key, i]))
  for (const key of incoming.keys()) if (!known.has(key)) throw badRequest(req, 'UNKNOWN_ITEM', { key })
  const townCanEdit = operation === 'create' || from === 'draft' || from === 'returned'
  const measures = townCanEdit && town ? await measuresFor(req, town.id, period) : null
  const items: Item[] = [...known.values()].map((def) => {
    const before = previous.get(def.key)
    const sent = incoming.get(def.key)
    const pick = <K extends keyof Item>(k: K): Item[K] => (sent && k in sent ? sent[k] : before?.[k]) as Item[K]
    const measured = def.measure && measures ? (measures[def.measure] ?? null) : (before?.measured ?? null)
    return {
      ...(before?.id ? { id: before.id } : sent?.id ? { id: sent.id } : {}),
      key: def.key,
      name: def.name,
      max: def.max,
      measured,
      suggested:
        def.measure && measured !== null && measured !== undefined
          ? suggestedScore(def, def.measure, measured)
          : (before?.suggested ?? null),
      recordsLink: def.measure && town ? measureLink(def.measure, town.id) : null,
      selfScore: pick('selfScore') ?? null,
      note: pick('note') ?? null,
      evidence: pick('evidence') ?? [],
      reviewScore: pick('reviewScore') ?? null,
      findings: pick('findings') ?? [],
    }
  })

  // The town's part and the district's part.
  const selfChanged =
    items.some((i) => {
      const b = previous.get(i.key)
      return changed(i.selfScore, b?.selfScore) || changed(i.note, b?.note) || ids(i.evidence) !== ids(b?.evidence)
    }) || changed(sent('selfBonus'), originalDoc?.selfBonus)
  const reviewChanged =
    items.some((i) => {
      const b = previous.get(i.key)
      return changed(i.reviewScore, b?.reviewScore) || findingsKey(i.findings) !== findingsKey(b?.findings)
    }) ||
    changed(sent('reviewBonus'), originalDoc?.reviewBonus) ||
    changed(sent('returnReason'), originalDoc?.returnReason)
  if (!platform) {
    if (!district && reviewChanged) throw forbidden(req, 'REVIEW_BY_DISTRICT')
    if (district && selfChanged) throw forbidden(req, 'SELF_SCORE_BY_TOWN')
    if (district && reviewChanged && from !== 'submitted')
      throw forbidden(req, 'BAD_TRANSITION', { from: from ?? '-', to })
  }
  for (const item of items)
    for (const finding of item.findings ?? [])
      if (ids(finding.evidence) === '[]') throw badRequest(req, 'FINDING_NEEDS_EVIDENCE')
  const selfEntries: ItemEntry[] = items.map((i) => ({ key: i.key, selfScore: i.selfScore }))
  const reviewEntries: ItemEntry[] = items.map((i) => ({
    key: i.key,
    selfScore: i.selfScore,
    reviewScore: i.reviewScore,
    findings: (i.findings ?? []).map((f) => ({ deduction: f.deduction })),
  }))
  const selfBonus = sent('selfBonus') ?? 0
  const reviewBonus = sent('reviewBonus') ?? null
  const problem =
    entriesProblem(snapshot, reviewEntries, {
      complete: to === 'submitted' && from !== 'submitted',
      bonus: selfBonus,
    }) ?? entriesProblem(snapshot, [], { complete: false, bonus: reviewBonus })
  if (problem) {
    const { code, ...params } = problem
    const said = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join('、') : String(v)]),
    )
    throw badRequest(req, code, said, params)
  }
  const returnReason = String(sent('returnReason') ?? '').trim()
  if (to === 'returned' && from !== 'returned' && returnReason.length < 2) throw badRequest(req, 'RETURN_NEEDS_REASON')

  // Totals, never typed.
  const self = scoreAssessment(snapshot, selfEntries, selfBonus)
  const scored = scoreAssessment(snapshot, reviewEntries, reviewBonus ?? selfBonus)
  const now = new Date().toISOString()
  const moved = operation === 'create' || to !== from
  return {
    ...data,
    title: `${town?.name ?? ''} · ${periodLabel(period)}`,
    items,
    selfTotal: self.total,
    total: scored.total,
    grade: scored.grade,
    sharePercent: scored.sharePercent,
    partScores: scored.parts.map((p) => ({ key: p.key, name: p.name, score: p.score, max: p.max })),
    ...(to === 'submitted' && moved ? { submittedAt: now } : {}),
    ...(to === 'approved' && moved ? { approvedAt: now } : {}),
    history: [
      ...(originalDoc?.history ?? []),
      ...(moved
        ? [
            {
              at: now,
              by: (user?.id as number | undefined) ?? null,
              from: from ?? null,
              to,
              note: to === 'returned' ? returnReason : null,
            },
          ]
        : []),
    ],
  }
}

/** Who is told: the district when a town submits; the town when its assessment is returned or approved. */
export const tellAboutAssessment: CollectionAfterChangeHook<Assessment> = async ({ doc, previousDoc, req }) => {
  if (doc.status === previousDoc?.status) return doc
  const link = `/admin/collections/assessments/${doc.id}`
  const town = refId(doc.town)
  if (doc.status === 'submitted')
    await notify(
      req,
      { role: { equals: 'admin' } },
      { title: `${doc.title} 考核已提交`, body: `${doc.title} 考核已提交，自评 ${doc.selfTotal} 分，请审核。`, link },
    )
  if (doc.status === 'returned')
    await notify(
      req,
      { and: [{ role: { equals: 'town-official' } }, { town: { equals: town } }] },
      {
        title: `${doc.title} 考核被退回`,
        body: `${doc.title} 考核被退回，理由：${doc.returnReason ?? ''}。请修改后重新提交。`,
        link,
      },
    )
  if (doc.status === 'approved')
    await notify(
      req,
      { and: [{ role: { equals: 'town-official' } }, { town: { equals: town } }] },
      {
        title: `${doc.title} 考核已审定`,
        body: `${doc.title} 考核已审定：${doc.total} 分，等次${GRADES[doc.grade ?? 'fail'].zh}。`,
        link,
      },
    )
  return doc
}
