/** 宣传 publicity: the kinds and states the district's publicity work uses, as value → bilingual label. */
import { t } from '../../shared/i18n/labels'

export const CAMPAIGN_KINDS = {
  'large-event': t('大型宣传活动', 'Large event'),
  launch: t('启动仪式', 'Launch ceremony'),
  training: t('培训', 'Training'),
  'site-visit': t('现场观摩', 'Site visit'),
  school: t('进校园活动', 'School activity'),
  festival: t('节日主题活动', 'Festival event'),
  'study-trip': t('考察学习', 'Study trip'),
  meeting: t('推进会 / 协调会', 'Coordination meeting'),
}

/** Whose work a campaign was: the urban pilot's, the countryside's, or the district's as a whole. */
export const CAMPAIGN_AREAS = {
  district: t('全区', 'District-wide'),
  urban: t('城区试点', 'Urban pilot'),
  countryside: t('农村', 'Countryside'),
}

export const COVERAGE_KINDS = {
  tv: t('电视', 'TV'),
  radio: t('广播', 'Radio'),
  newspaper: t('报纸', 'Newspaper'),
  online: t('网络', 'Online'),
}

export const MATERIAL_KINDS = {
  handbook: t('宣传手册', 'Handbook'),
  letter: t('致市民的一封信', 'Letter to citizens'),
  poster: t('宣传海报', 'Poster'),
  slogan: t('宣传标语', 'Slogans'),
  attachment: t('文件附件', 'Document attachment'),
}

export const BASE_KINDS = {
  office: t('机关', 'Government office'),
  street: t('街道', 'Street'),
  compound: t('小区', 'Residential compound'),
  school: t('学校', 'School'),
}

/** A work plan's way: draft → consultation (征求意见稿) → approved by the district government → issued. */
export const PLAN_STATUSES = {
  draft: t('草稿', 'Draft'),
  consultation: t('征求意见', 'In consultation'),
  approved: t('区政府已审定', 'Approved'),
  issued: t('已印发', 'Issued'),
}
export type PlanStatus = keyof typeof PLAN_STATUSES
export const PLAN_ORDER: PlanStatus[] = ['draft', 'consultation', 'approved', 'issued']

export const COMMENT_STATUSES = {
  pending: t('待审核', 'Awaiting moderation'),
  approved: t('已公开', 'Shown'),
  hidden: t('已隐藏', 'Hidden'),
}

export const COMMENT_OUTCOMES = {
  adopted: t('采纳', 'Adopted'),
  partly: t('部分采纳', 'Partly adopted'),
  'not-adopted': t('未采纳', 'Not adopted'),
}
export type CommentOutcome = keyof typeof COMMENT_OUTCOMES

export const BOOKING_STATUSES = {
  pending: t('待确认', 'Awaiting confirmation'),
  confirmed: t('已确认', 'Confirmed'),
  waiting: t('候补', 'Waiting list'),
  declined: t('已婉拒', 'Declined'),
  cancelled: t('已取消', 'Cancelled'),
  attended: t('已到访', 'Attended'),
}
export type BookingStatus = keyof typeof BOOKING_STATUSES

export const FEEDBACK_STATUSES = {
  open: t('待答复', 'Awaiting an answer'),
  answered: t('已答复', 'Answered'),
}

export const ROLL_STATUSES = {
  draft: t('待确认', 'To confirm'),
  published: t('已发布', 'Published'),
}
