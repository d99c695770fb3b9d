/** Latitude and longitude side by side (WGS-84 degrees). */
import type { RowField } from 'payload'

import { t } from '../i18n/labels'

export const coordinatesRow = (): RowField => ({
  type: 'row',
  fields: [
    { name: 'latitude', type: 'number', min: -90, max: 90, label: t('纬度', 'Latitude') },
    { name: 'longitude', type: 'number', min: -180, max: 180, label: t('经度', 'Longitude') },
  ],
})
