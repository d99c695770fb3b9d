/** Public consultation on a work plan (pure): when comments are taken, what a comment may be, the close-out. */
import { PLAN_ORDER, type CommentOutcome, type PlanStatus } from './kinds'

export const COMMENT_MAX = 1000
export const NAME_MAX = 40
export const CONTACT_MAX = 60

/** Comments are taken while the plan is a consultation draft and its closing time has not passed. */
export function consultationOpen(
  plan: { status?: string | null; consultationEnds?: string | null },
  now: Date,
): boolean {
  if (plan.status !== 'consultation') return false
  return !plan.consultationEnds || new Date(plan.consultationEnds).getTime() > now.getTime()
}

/** A plan moves one step forward at a time, or back to draft from consultation. */
export function planStepAllowed(from: PlanStatus, to: PlanStatus): boolean {
  if (from === to) return true
  if (from === 'consultation' && to === 'draft') return true
  return PLAN_ORDER.indexOf(to) === PLAN_ORDER.indexOf(from) + 1
}

export type CloseOutRow = { id: number | string; outcome?: CommentOutcome | null; outcomeReason?: string | null }

/** The comments the editor has not closed out yet: each shown comment needs an outcome, and a reason unless adopted. */
export function openCloseOuts(rows: CloseOutRow[]): CloseOutRow[] {
  return rows.filter((r) => !r.outcome || (r.outcome !== 'adopted' && !r.outcomeReason?.trim()))
}
