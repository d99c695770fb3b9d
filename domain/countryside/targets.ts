/** The district's sorting targets for a town (pure): the share of villages sorting by a date, model villages picked. */

export type VillageState = { runsSorting?: boolean | null; schemeSince?: string | null; modelVillage?: boolean | null }
export type Target = { byDate: string; sharePercent: number; modelVillages: number }
export type Progress = {
  villages: number
  sorting: number
  sortingPercent: number
  modelVillages: number
  met: boolean
}

/** Villages sorting by the target's date (a village without a start date counts once it sorts), model villages. */
export function sortingProgress(villages: VillageState[], target: Target): Progress {
  const by = target.byDate.slice(0, 10)
  const sorting = villages.filter((v) => v.runsSorting && (!v.schemeSince || v.schemeSince.slice(0, 10) <= by)).length
  const sortingPercent = villages.length ? Math.round((sorting / villages.length) * 1000) / 10 : 0
  const modelVillages = villages.filter((v) => v.modelVillage).length
  return {
    villages: villages.length,
    sorting,
    sortingPercent,
    modelVillages,
    met: sortingPercent >= target.sharePercent && modelVillages >= target.modelVillages,
  }
}
