/** The waste category of a drop, a compartment or a rule. */
import type { SelectField } from 'payload'

import { categoryLabels } from '../../domain/points/points'
import { t } from '../i18n/labels'
import { options } from './options'

export const categoryField = (): SelectField => ({
  name: 'category',
  type: 'select',
  required: true,
  options: options(categoryLabels),
  label: t('类别', 'Category'),
})
