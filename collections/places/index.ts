/**
 * 基础档案 places: the district's towns (镇、街道), their villages (行政村、社区) with populations, and the sites where
 * sorting runs (pilot sites, offices, schools, education bases, village demo points).
 *
 * Offers the other areas: `villagesOf` (a town's villages, inside the caller's request) and `refreshVillages`.
 */
import { areaPlugin } from '../../plugins/area'
import { Sites } from './Sites'
import { Towns } from './Towns'
import { Villages } from './Villages'

export const placesArea = areaPlugin(() => ({ collections: [Towns, Villages, Sites] }))

export { refreshVillages, villagesOf } from './villages'
