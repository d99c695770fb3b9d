/** 积分 points: smart cards, drops, the ledger, rewards and follow-ups. */
import { CardBatches } from './CardBatches'
import { CardDays } from './CardDays'
import { CardReplacements } from './CardReplacements'
import { Cards } from './Cards'
import { DailyTotals } from '../metrics/DailyTotals'
import { DropOffs } from './DropOffs'
import { FollowUps } from './FollowUps'
import { PointEntries } from './PointEntries'
import { Redemptions } from './Redemptions'
import { Rewards } from './Rewards'
import { SortingChecks } from './SortingChecks'

export const pointsCollections = [
  Cards,
  CardBatches,
  CardReplacements,
  DropOffs,
  PointEntries,
  CardDays,
  DailyTotals,
  SortingChecks,
  Rewards,
  Redemptions,
  FollowUps,
]
