/** Hooks of `assessment-methods`: a method is checked whole before it is saved, and numbered. */
import type { CollectionBeforeChangeHook } from 'payload'

import { methodProblem } from '../../../domain/assessment/method'
import type { AssessmentMethod } from '../../../payload-types'
import { methodShape } from './shape'
import { badRequest } from '../../../shared/errors'

export const checkMethod: CollectionBeforeChangeHook<AssessmentMethod> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const problem = methodProblem(methodShape({ ...originalDoc, ...data }))
  if (problem) {
    const { code, ...params } = problem
    throw badRequest(
      req,
      code,
      Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
      params as Record<string, unknown>,
    )
  }
  // Every save is a new version: assessments begun under different versions are never paid together.
  if (operation === 'update') data.version = (originalDoc?.version ?? 0) + 1
  if (operation === 'create') {
    const last = await req.payload.find({
      collection: 'assessment-methods',
      sort: '-version',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    data.version = (last.docs[0]?.version ?? 0) + 1
  }
  return data
}
