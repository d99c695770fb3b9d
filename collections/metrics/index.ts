/**
 * 数据 metrics: the programme's figures as the registry defines them (`domain/metrics/registry.ts`), the daily totals
 * behind them and their state, the admin's dashboard, and the work report (工作情况汇报) with its settings.
 *
 * Offers the others: `computeFigures` (any figure for a period, a town or a site), `markDaysDirty` (a card moved:
 * its days are recounted), `keepRollups` / `checkRollups` (the jobs), `dashboardFor` (the admin's home page).
 */
import { areaPlugin } from '../../plugins/area'
import { checkFiguresJob, dailyTotalsJob } from '../../jobs/metrics/dailyTotals'
import { DailyTotals } from './DailyTotals'
import {
  figuresEndpoint,
  reportCopyEndpoint,
  workReportDownloadEndpoint,
  workReportEndpoint,
  workReportPreviewEndpoint,
} from './endpoints'
import { FiguresState } from './FiguresState'
import { ReportCopies } from './ReportCopies'
import { ReportSettings } from './ReportSettings'
import { Spending } from './Spending'

export const metricsArea = areaPlugin(() => ({
  collections: [DailyTotals, Spending, ReportCopies],
  globals: [ReportSettings, FiguresState],
  endpoints: [
    figuresEndpoint,
    workReportEndpoint,
    workReportPreviewEndpoint,
    workReportDownloadEndpoint,
    reportCopyEndpoint,
  ],
  jobs: [dailyTotalsJob, checkFiguresJob],
}))

export { computeFigures, type Figures, type Scope } from './figures'
export { checkRollups, keepRollups, markDaysDirty } from './DailyTotals/rollups'
export { dashboardFor, type Dashboard } from './dashboard'
