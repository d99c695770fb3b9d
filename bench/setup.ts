/**
 * The benchmarks' district: one town, one site, its bins (four compartments each, their secrets read once as an
 * admin reads them) and its household cards issued a month ago — created through the Local API, as the admin does.
 */
import type { Payload } from 'payload'

import { inTransaction } from '../shared/transaction'

export async function seedBenchDistrict(
  payload: Payload,
  o: { bins: number; cards: number } = { bins: 64, cards: 2000 },
): Promise<{ devices: Array<{ deviceId: string; secret: string }>; cards: string[] }> {
  const town = await payload.create({ collection: 'towns', data: { name: '基准镇', kind: 'town' } })
  const site = await payload.create({
    collection: 'sites',
    data: { name: '基准小区', kind: 'residential', town: town.id },
  })
  const devices: { deviceId: string; secret: string }[] = []
  for (let i = 0; i < o.bins; i++) {
    const bin = (await payload.create({
      collection: 'bins',
      data: {
        deviceId: `BENCH-${String(i).padStart(3, '0')}`,
        kind: 'recyclables-4',
        status: 'online',
        audience: 'both',
        site: site.id,
        compartments: ['paper', 'plastic', 'metal', 'glass'].map((category, n) => ({
          number: n + 1,
          category: category as 'paper',
        })),
      },
    })) as { deviceId: string; newSecret?: string }
    devices.push({ deviceId: bin.deviceId, secret: bin.newSecret! })
  }
  const cards: string[] = []
  await inTransaction(payload, async (req) => {
    for (let i = 0; i < o.cards; i++) {
      const cardNumber = `BC${String(i).padStart(6, '0')}`
      await payload.create({
        collection: 'cards',
        data: {
          cardNumber,
          status: 'active',
          holderKind: 'household',
          site: site.id,
          channel: 'booth',
          issuedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
        },
        req,
        depth: 0,
      })
      cards.push(cardNumber)
    }
  })
  return { devices, cards }
}
