/** 宣传 publicity: campaigns and materials, work plans and their consultation, education bases, disclosure, feedback, honour rolls. */
import { BaseArticles } from './BaseArticles'
import { Campaigns } from './Campaigns'
import { EducationBases } from './EducationBases'
import { Feedback } from './Feedback'
import { HonourRolls } from './HonourRolls'
import { Materials } from './Materials'
import { PlanComments } from './PlanComments'
import { VisitBookings } from './VisitBookings'
import { VisitSlots } from './VisitSlots'
import { WorkPlans } from './WorkPlans'

export const publicityCollections = [
  Campaigns,
  Materials,
  WorkPlans,
  PlanComments,
  EducationBases,
  BaseArticles,
  VisitSlots,
  VisitBookings,
  Feedback,
  HonourRolls,
]
