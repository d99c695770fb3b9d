import type { CheckboxField, CollectionConfig, FieldHook, NumberField } from 'payload'

import { admins } from '../../../shared/access/admins'
import { ownTown } from '../../../shared/access/ownTown'
import { refId } from '../../../shared/refs'
import type { Progress } from '../../../domain/countryside/targets'
import { dayField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { townField } from '../../../shared/fields/relations'
import { progressOf } from './progress'
import { groups, t, type Label } from '../../../shared/i18n/labels'

/** The progress of each target, computed once per request however many of its figures are read. */
const computedFor = new WeakMap<object, Map<string, Promise<Progress>>>()

/** One figure of the target's progress, computed when read. */
function computed(name: keyof Progress, label: Label): NumberField | CheckboxField {
  const read: FieldHook = async ({ data, req }) => {
    if (!data?.town || !data.byDate) return null
    const memo = computedFor.get(req) ?? new Map<string, Promise<Progress>>()
    computedFor.set(req, memo)
    const key = String(data.id)
    if (!memo.has(key))
      memo.set(
        key,
        progressOf(req, refId(data.town)!, {
          byDate: String(data.byDate),
          sharePercent: Number(data.sharePercent ?? 0),
          modelVillages: Number(data.modelVillages ?? 0),
        }),
      )
    return (await memo.get(key)!)[name]
  }
  const common = { name, virtual: true as const, label, admin: { readOnly: true }, hooks: { afterRead: [read] } }
  return name === 'met' ? { ...common, type: 'checkbox' } : { ...common, type: 'number' }
}

/**
 * 分类目标: the district's target for a town — the share of its villages sorting by a date and the model
 * villages to pick (示范村) — and the progress, computed from the villages as they stand.
 */
export const SortingTargets: CollectionConfig = {
  slug: 'sorting-targets',
  labels: { singular: t('分类推进目标', 'Sorting target'), plural: t('分类推进目标', 'Sorting targets') },
  admin: {
    group: groups.rural,
    defaultColumns: ['town', 'byDate', 'sharePercent', 'sortingPercent', 'modelVillages', 'modelVillagesNow', 'met'],
  },
  access: { read: ownTown(['operator']), create: admins, update: admins, delete: admins },
  fields: [
    {
      type: 'row',
      fields: [
        townField(),
        dayField('byDate', t('完成时限', 'By'), { required: true }),
        wholeNumber('sharePercent', t('开展分类的村占比目标（%）', 'Villages sorting (%)'), {
          required: true,
          min: 0,
          max: 100,
        }),
        wholeNumber('modelVillages', t('示范村数量目标', 'Model villages'), { required: true, min: 0 }),
      ],
    },
    {
      type: 'row',
      fields: [
        { ...computed('villages', t('行政村（社区）数', 'Villages')), name: 'villageCount' },
        computed('sorting', t('已开展分类', 'Sorting')),
        computed('sortingPercent', t('开展分类占比（%）', 'Sorting (%)')),
        { ...computed('modelVillages', t('已创建示范村', 'Model villages now')), name: 'modelVillagesNow' },
        computed('met', t('已达标', 'Met')),
      ],
    },
  ],
}
