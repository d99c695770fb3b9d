/**
 * The point rules in force at any instant, read from the versioned `point-rules` global.
 * Every saved version is kept; `rulesAt` (domain) picks the one effective at a drop's time.
 * The history is cached briefly; a save in this process clears the cache at once.
 */
import type { Payload, PayloadRequest } from 'payload'

import { DEFAULT_RULES, rulesAt, type Category, type PointRules } from '../../../domain/points/points'
import { forgetProcessWide, processWide } from '../../../shared/processWide'

const TTL_MS = 5_000
type Cached = { at: number; history: PointRules[] }

export function forgetRules(): void {
  forgetProcessWide('points.rulesHistory')
}

type RulesDoc = {
  revision?: number | null
  effectiveFrom?: string | null
  categories?:
    { category: string; pointsPerKg?: number | null; pointsPerDrop?: number | null; minGrams?: number | null }[] | null
  dailyCap?: number | null
  misSortPenalty?: number | null
  pointsPerYuan?: number | null
  expiryDays?: number | null
  followUpThreshold?: number | null
  manualBackdateDays?: number | null
  deviceBacklogDays?: number | null
}

export function toRules(doc: RulesDoc): PointRules {
  return {
    revision: doc.revision ?? 0,
    effectiveFrom: doc.effectiveFrom ?? DEFAULT_RULES.effectiveFrom,
    categories: (doc.categories ?? []).map((c) => ({
      category: c.category as Category,
      pointsPerKg: c.pointsPerKg ?? 0,
      pointsPerDrop: c.pointsPerDrop ?? 0,
      minGrams: c.minGrams ?? 0,
    })),
    dailyCap: doc.dailyCap ?? DEFAULT_RULES.dailyCap,
    misSortPenalty: doc.misSortPenalty ?? DEFAULT_RULES.misSortPenalty,
    pointsPerYuan: doc.pointsPerYuan || DEFAULT_RULES.pointsPerYuan,
    expiryDays: doc.expiryDays ?? 0,
    followUpThreshold: doc.followUpThreshold ?? DEFAULT_RULES.followUpThreshold,
    manualBackdateDays: doc.manualBackdateDays ?? DEFAULT_RULES.manualBackdateDays,
    deviceBacklogDays: doc.deviceBacklogDays ?? DEFAULT_RULES.deviceBacklogDays,
  }
}

export async function rulesHistory(payload: Payload, req?: PayloadRequest): Promise<PointRules[]> {
  // One per process, shared with Next's copy of this module (shared/processWide.ts).
  const holder = processWide('points.rulesHistory', (): { cached?: Cached } => ({}))
  const cached = holder.cached
  if (cached && Date.now() - cached.at < TTL_MS) return cached.history
  const versions = await payload.findGlobalVersions({
    slug: 'point-rules',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const history = versions.docs.map((v) => toRules(v.version as RulesDoc)).filter((r) => r.revision > 0)
  holder.cached = { at: Date.now(), history }
  return history
}

/** The rules that apply to something that happened at `at`. */
export async function rulesFor(payload: Payload, at: Date | string, req?: PayloadRequest): Promise<PointRules> {
  return rulesAt(await rulesHistory(payload, req), at)
}
