/** Hooks of the `point-rules` global: each save is the next revision, effective from a time. */
import type { GlobalAfterChangeHook, GlobalBeforeChangeHook } from 'payload'

import type { PointRule } from '../../../payload-types'
import { forgetRules } from './current'
import { badRequest } from '../../../shared/errors'

export const nextRevision: GlobalBeforeChangeHook = ({ data, originalDoc, req }) => {
  const rules = data as Partial<PointRule>
  const seen = new Set<string>()
  for (const row of rules.categories ?? []) {
    if (seen.has(row.category)) throw badRequest(req, 'DUPLICATE_CATEGORY', { category: row.category })
    seen.add(row.category)
  }
  rules.revision = ((originalDoc as PointRule | undefined)?.revision ?? 0) + 1
  rules.effectiveFrom ||= new Date().toISOString()
  return rules
}

/** A saved change applies at once in this process (other processes within the cache's 5 s). */
export const forgetCachedRules: GlobalAfterChangeHook = () => forgetRules()
