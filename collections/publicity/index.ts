/**
 * 宣传 publicity: campaigns and materials, work plans and their public consultation (comments), the education bases
 * with their articles, visit slots and bookings, the public's feedback, the honour rolls, and what the public site
 * reads (the home page's figures, the disclosure map, the resident's own card).
 *
 * Offers the others: `cardProof` / `provenCard` (a resident proves a card is theirs), `residentView`, and for the
 * public site `publicFigures` / `disclosedSites`.
 */
import { areaPlugin } from '../../plugins/area'
import { BaseArticles } from './BaseArticles'
import { Campaigns } from './Campaigns'
import { EducationBases } from './EducationBases'
import { Feedback } from './Feedback'
import { publicFeedback } from './Feedback/endpoints/public'
import { HonourRolls } from './HonourRolls'
import { Materials } from './Materials'
import { PlanComments } from './PlanComments'
import { publicComment } from './PlanComments/endpoints/public'
import { residentEndpoints } from './resident/endpoints'
import { VisitBookings } from './VisitBookings'
import { publicBooking } from './VisitBookings/endpoints/public'
import { VisitSlots } from './VisitSlots'
import { WorkPlans } from './WorkPlans'

export const publicityArea = areaPlugin(() => ({
  collections: [
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
  ],
  endpoints: [publicComment, publicBooking, publicFeedback, ...residentEndpoints],
}))

export { cardProof, provenCard } from './resident/endpoints'
export { residentView, type ResidentView } from './resident'
export { disclosedSites, publicFigures, RECYCLABLE, type DisclosedSite } from './site'
