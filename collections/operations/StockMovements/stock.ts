/** Stock per material, counted from the movements (inside the caller's transaction when given one). */
import type { PayloadRequest } from 'payload'

import { MATERIALS, signedGrams, type Material, type Movement } from '../../../domain/operations/storage'

export async function stockOf(req: PayloadRequest, material?: Material): Promise<Record<Material, number>> {
  const moves = await req.payload.find({
    collection: 'stock-movements',
    where: material ? { material: { equals: material } } : {},
    select: { material: true, direction: true, grams: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const stock = Object.fromEntries(Object.keys(MATERIALS).map((m) => [m, 0])) as Record<Material, number>
  for (const m of moves.docs) stock[m.material as Material] += signedGrams(m.direction as Movement, m.grams)
  return stock
}
