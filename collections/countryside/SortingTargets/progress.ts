/** A target's progress from the town's villages as they stand (computed on every read, never stored). */
import type { PayloadRequest } from 'payload'

import { sortingProgress, type Progress, type Target } from '../../../domain/countryside/targets'
import { villagesOf } from '../../places'

export async function progressOf(req: PayloadRequest, town: number | string, target: Target): Promise<Progress> {
  return sortingProgress(await villagesOf(req, town), target)
}
