/**
 * Storage (pure): recyclables in and sold, hazardous waste in sealed containers and out on a transfer
 * manifest (联单). Stock is what came in less what went out, per material, and never goes below zero.
 */
import { t } from '../../shared/i18n/labels'

export const RECYCLABLE_MATERIALS = {
  paper: t('纸类', 'Paper'),
  plastic: t('塑料', 'Plastic'),
  metal: t('金属', 'Metal'),
  glass: t('玻璃', 'Glass'),
}
export const HAZARDOUS_MATERIALS = {
  'hazardous-battery': t('有害·废电池', 'Hazardous: batteries'),
  'hazardous-lamp': t('有害·废灯管', 'Hazardous: lamps'),
  'hazardous-medicine': t('有害·过期药品', 'Hazardous: medicines'),
  'hazardous-other': t('有害·其他', 'Hazardous: other'),
}
export const MATERIALS = { ...RECYCLABLE_MATERIALS, ...HAZARDOUS_MATERIALS }
export type Material = keyof typeof MATERIALS
export const isHazardous = (m: string) => m in HAZARDOUS_MATERIALS

export const MOVEMENTS = {
  in: t('入库', 'In'),
  sale: t('出售（出库）', 'Sold (out)'),
  transfer: t('转移处置（出库，联单）', 'Transferred for disposal (out, manifest)'),
}
export type Movement = keyof typeof MOVEMENTS

export const FACILITY_KINDS = {
  'kitchen-plant': t('餐厨（厨余）垃圾处理厂', 'Kitchen-waste plant'),
  'transfer-station': t('垃圾转运站', 'Transfer station'),
  incineration: t('垃圾焚烧发电厂', 'Incineration plant'),
  recycling: t('再生资源回收公司', 'Recycling company'),
  'hazardous-centre': t('危险废物处置中心', 'Hazardous-waste disposal centre'),
}

export const signedGrams = (direction: Movement, grams: number) => (direction === 'in' ? grams : -grams)

/** What a sale brings in, in fen: grams × fen per kilogram, rounded to the fen. */
export const saleAmountFen = (grams: number, pricePerKgFen: number) => Math.round((grams * pricePerKgFen) / 1000)

export type MovementProblem =
  | {
      code:
        | 'SALE_NOT_RECYCLABLE'
        | 'TRANSFER_NOT_HAZARDOUS'
        | 'MANIFEST_REQUIRED'
        | 'PRICE_REQUIRED'
        | 'CONTAINERS_REQUIRED'
    }
  | { code: 'WRONG_FACILITY'; expected: string }
  | { code: 'CONTAINERS_DISAGREE'; containers: number; grams: number }

/** What is wrong with a movement on its own (before the stock is looked at), or null. */
export function movementProblem(m: {
  material: string
  direction: Movement
  grams: number
  facilityKind?: string | null
  manifestNo?: string | null
  pricePerKgFen?: number | null
  containers?: Array<{ grams: number }> | null
}): MovementProblem | null {
  const hazardous = isHazardous(m.material)
  if (m.direction === 'sale') {
    if (hazardous) return { code: 'SALE_NOT_RECYCLABLE' }
    if (m.facilityKind !== 'recycling') return { code: 'WRONG_FACILITY', expected: 'recycling' }
    if (!m.pricePerKgFen && m.pricePerKgFen !== 0) return { code: 'PRICE_REQUIRED' }
  }
  if (m.direction === 'transfer') {
    if (!hazardous) return { code: 'TRANSFER_NOT_HAZARDOUS' }
    if (m.facilityKind !== 'hazardous-centre') return { code: 'WRONG_FACILITY', expected: 'hazardous-centre' }
    if (!m.manifestNo?.trim()) return { code: 'MANIFEST_REQUIRED' }
  }
  if (m.direction === 'in' && hazardous) {
    if (!m.containers?.length) return { code: 'CONTAINERS_REQUIRED' }
    const sum = m.containers.reduce((s, c) => s + c.grams, 0)
    if (sum !== m.grams) return { code: 'CONTAINERS_DISAGREE', containers: sum, grams: m.grams }
  }
  return null
}
