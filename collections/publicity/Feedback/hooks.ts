/** Hooks of `feedback`: an answer marks the note answered, by whom and when. */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import type { Feedback } from '../../../payload-types'

export const answerFeedback: CollectionBeforeChangeHook<Feedback> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  const answer = data.answer !== undefined ? data.answer : originalDoc?.answer
  if (answer?.trim() && answer !== originalDoc?.answer) {
    data.status = 'answered'
    data.answeredBy = currentUser(req)?.id as number
    data.answeredAt = new Date().toISOString()
  } else if (!answer?.trim()) {
    data.status = 'open'
  }
  return data
}
