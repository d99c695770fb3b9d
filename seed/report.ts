/**
 * What the demo district's work report reads beyond the other seeds: the spending ledger (the government's money
 * into the urban pilot and the village demonstration point, and one machine the operator paid for), where the
 * transfer station sends its waste, and the report's names (district, city, the method's origin, the street to
 * become the provincial demonstration area). Idempotent.
 */
import type { Payload } from 'payload'

const SPENDING = [
  {
    day: '2026-01-10',
    area: 'urban',
    site: '城小区南区',
    payer: 'government',
    purpose: 'equipment',
    amountFen: 10_770_000,
    document: '鸠城管采〔2026〕3号 采购合同',
  },
  {
    day: '2026-01-12',
    area: 'urban',
    site: '城小区南区',
    payer: 'operator',
    purpose: 'equipment',
    amountFen: 2_800_000,
    document: '运营单位自购礼品兑换机 发票 No.04417',
  },
  {
    day: '2026-01-12',
    area: 'urban',
    site: '市政府',
    payer: 'government',
    purpose: 'equipment',
    amountFen: 3_680_000,
    document: '鸠城管采〔2026〕3号 采购合同',
  },
  {
    day: '2026-01-12',
    area: 'urban',
    site: '区政府',
    payer: 'government',
    purpose: 'equipment',
    amountFen: 3_680_000,
    document: '鸠城管采〔2026〕3号 采购合同',
  },
  {
    day: '2026-02-01',
    area: 'urban',
    payer: 'government',
    purpose: 'cards',
    amountFen: 1_275_000,
    document: '智能卡制作 发票 No.10231',
  },
  {
    day: '2026-03-31',
    area: 'urban',
    payer: 'government',
    purpose: 'service-fee',
    amountFen: 8_400_000,
    document: '鸠城管服〔2026〕1号 运营服务合同 一季度',
  },
  {
    day: '2026-06-30',
    area: 'urban',
    payer: 'government',
    purpose: 'service-fee',
    amountFen: 8_400_000,
    document: '鸠城管服〔2026〕1号 运营服务合同 二季度',
  },
  {
    day: '2026-09-30',
    area: 'urban',
    payer: 'government',
    purpose: 'service-fee',
    amountFen: 8_400_000,
    document: '鸠城管服〔2026〕1号 运营服务合同 三季度',
  },
  {
    day: '2026-05-20',
    area: 'urban',
    payer: 'government',
    purpose: 'publicity',
    amountFen: 1_860_000,
    document: '宣传品印制 发票 No.22085',
  },
  {
    day: '2026-04-15',
    area: 'countryside',
    site: '大拐村分类示范点',
    payer: 'government',
    purpose: 'equipment',
    amountFen: 2_150_000,
    document: '二坝镇采〔2026〕7号 采购合同',
  },
] as const

export async function seedReport(payload: Payload): Promise<number> {
  let created = 0
  const sites = (await payload.find({ collection: 'sites', pagination: false, depth: 0 })).docs
  if (!(await payload.count({ collection: 'spending' })).totalDocs)
    for (const r of SPENDING) {
      const site = 'site' in r ? sites.find((s) => s.name === r.site)?.id : undefined
      await payload.create({ collection: 'spending', data: { ...r, site } })
      created++
    }
  const facilities = (await payload.find({ collection: 'facilities', pagination: false, depth: 0 })).docs
  const station = facilities.find((f) => f.kind === 'transfer-station')
  const plant = facilities.find((f) => f.kind === 'incineration')
  if (station && plant && !station.sendsTo)
    await payload.update({ collection: 'facilities', id: station.id, data: { sendsTo: plant.id } })
  const settings = await payload.findGlobal({ slug: 'report-settings', depth: 0 })
  if (!settings.districtName || settings.districtName === '本区') {
    const street = await payload.find({ collection: 'towns', where: { name: { equals: '湾里街道' } }, limit: 1 })
    await payload.updateGlobal({
      slug: 'report-settings',
      data: {
        districtName: '鸠江区',
        cityName: '芜湖市',
        methodOrigin: '浙江金华',
        demoAreaTown: street.docs[0]?.id,
        urbanExpansion: '城区中小学校、医院和大型商业综合体',
      },
    })
  }
  return created
}
