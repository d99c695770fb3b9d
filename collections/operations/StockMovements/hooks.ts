/**
 * Hooks of `stock-movements`: a movement must make sense on its own (a sale of recyclables to the recycling
 * company at a price; a transfer of hazardous waste to the disposal centre on a manifest; hazardous waste
 * in as sealed containers whose weights add up), and an outgoing one must not take the stock below zero.
 * The amount, the time and who recorded it are the server's.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { currentUser } from '../../../shared/roles'
import {
  FACILITY_KINDS,
  MATERIALS,
  MOVEMENTS,
  movementProblem,
  saleAmountFen,
  type Material,
  type Movement,
} from '../../../domain/operations/storage'
import { formatWeight } from '../../../domain/points/titles'
import { labelIn } from '../../../shared/i18n/labels'
import type { MessageParams } from '../../../shared/i18n/messages'
import type { StockMovement } from '../../../payload-types'
import { stockOf } from './stock'
import { badRequest, conflict } from '../../../shared/errors'
import { findRef } from '../../../shared/lookup'

export const checkMovement: CollectionBeforeChangeHook<StockMovement> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const material = data.material as Material
  const direction = data.direction as Movement
  const grams = data.grams ?? 0
  const facility = await findRef(req, 'facilities', data.facility)
  const problem = movementProblem({
    material,
    direction,
    grams,
    facilityKind: facility?.kind ?? null,
    manifestNo: data.manifestNo,
    pricePerKgFen: data.pricePerKgFen,
    containers: data.containers,
  })
  if (problem) {
    const params: MessageParams =
      problem.code === 'WRONG_FACILITY'
        ? { expected: labelIn(req, FACILITY_KINDS[problem.expected as keyof typeof FACILITY_KINDS], problem.expected) }
        : problem.code === 'CONTAINERS_DISAGREE'
          ? { containers: formatWeight(problem.containers), grams: formatWeight(problem.grams) }
          : {}
    throw badRequest(req, problem.code, params)
  }
  if (direction !== 'in') {
    const stock = (await stockOf(req, material))[material]
    if (grams > stock)
      throw conflict(
        req,
        'STOCK_NEGATIVE',
        { material: labelIn(req, MATERIALS[material], material), stock: formatWeight(stock) },
        { stockGrams: stock },
      )
  }
  data.amountFen = direction === 'sale' ? saleAmountFen(grams, data.pricePerKgFen ?? 0) : null
  data.at = new Date().toISOString()
  data.recordedBy = (currentUser(req)?.id as number | undefined) ?? null
  data.title = `${labelIn(req, MOVEMENTS[direction], direction)} · ${labelIn(req, MATERIALS[material], material)} ${formatWeight(grams)}`
  return data
}
