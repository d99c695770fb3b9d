/**
 * 积分 points: smart cards and their batches and replacements, weighed drops, the points ledger and its card-days,
 * sorting checks, rewards and redemptions, follow-ups, and the versioned point rules.
 *
 * Offers the other areas: `recordDrops` / `recordDropsIn` (every drop — from a bin, a pickup, the seed — through one
 * plan and the ledger's bulk writer), `postEntry` (one ledger entry), `rulesFor` (the rules in force at a time).
 */
import { areaPlugin } from '../../plugins/area'
import { expirePointsJob } from '../../jobs/points/expirePoints'
import { reconcileLedgerJob } from '../../jobs/points/reconcile'
import { weeklyFollowUpsJob } from '../../jobs/points/weeklyFollowUps'
import { CardBatches } from './CardBatches'
import { CardDays } from './CardDays'
import { CardReplacements } from './CardReplacements'
import { Cards } from './Cards'
import { DropOffs } from './DropOffs'
import { FollowUps } from './FollowUps'
import { PointEntries } from './PointEntries'
import { PointRules } from './PointRules'
import { Redemptions } from './Redemptions'
import { Rewards } from './Rewards'
import { SortingChecks } from './SortingChecks'

export const pointsArea = areaPlugin(() => ({
  collections: [
    Cards,
    CardBatches,
    CardReplacements,
    DropOffs,
    PointEntries,
    CardDays,
    SortingChecks,
    Rewards,
    Redemptions,
    FollowUps,
  ],
  globals: [PointRules],
  jobs: [weeklyFollowUpsJob, reconcileLedgerJob, expirePointsJob],
}))

export { recordDrops, recordDropsIn, type DropInput, type DropOutcome } from './drops'
export { postEntry, type Posting, type PostedEntry } from './ledger'
export { rulesFor } from './PointRules/current'
