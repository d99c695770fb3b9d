/** 基础档案 places: towns, their villages, and the sites where sorting runs. */
import { Sites } from './Sites'
import { Towns } from './Towns'
import { Villages } from './Villages'

export const placesCollections = [Towns, Villages, Sites]
