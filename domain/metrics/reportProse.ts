/**
 * The work report's prose that is not a figure or a name (the district's own words, from its report of record,
 * shared/seed): each item's default, which the admin edits on the report page. Figures and names around them are
 * filled from the records by collections/metrics/workReport.ts.
 */
export const PROSE = {
  cardsLead: {
    label: '（一）1 智能卡说明',
    text: '垃圾分类智能卡为智能箱体配套使用工具，通过智能卡打开垃圾分类箱体。',
  },
  linkage: {
    label: '（一）3 多部门联动（活动次数之后的文字）',
    text: '坚持问题导向，统一思想，破解试点中的难题，建立信息共享、情况沟通、相互协作的工作机制。实际工作中，党员带头、志愿者活动、社区业主“传帮带”等，也为垃圾分类的开展、推广提供了有效的帮助。',
  },
  smart: {
    label: '（一）4 智能化设施设备',
    text: '此次垃圾分类项目采用智能化设施设备，运用大数据、云平台技术，实时观测投放信息，精准分析，方便后期对服务过程中的问题及时更改。如：使用大数据分析，对于积极投放分类垃圾的住户，给予一定奖励，激发投放热情，带动其他住户共同参与投放；对于少分、负分住户，采取工作人员电话及上门沟通的方式，了解原因，寻找对策。',
  },
  collectionLead: {
    label: '（一）5 全程分类收运（去向之前的文字）',
    text: '分类垃圾收运工作，配备专职垃圾收运员，用绿色宣传装饰厨余垃圾车，用黄色宣传装饰其他垃圾车，每日早晚各一次，分类收运不可回收垃圾。不可回收垃圾包含：厨余垃圾和其他垃圾，',
  },
  rules: {
    label: '（一）6 管理制度（一至三）',
    text: '一是信息公开制度。将所要开展的工作、垃圾分类设备摆放点位、以及工作人员号码等信息公示在小区各出入口公示，并通过物业管家平台发放信息，全面收集居民意见。二是差异化激励制度。针对居民小区及党政机关的特点，采用差异化积分兑换方法，对于小区居民，使用积分抵扣物业费、或兑换生活用品的方式进行；对于党政机关，以光荣榜、流动红旗等精神奖励为主，以兑换办公用品为辅的方式进行。三是人性化管理制度。分类垃圾投放由被动等待向主动上门收运转变，居民电话预约后，工作人员便会携带云平台电子称上门，节省市民投放时间，投放垃圾产生的积分实时传输到投放卡上。',
  },
  cleanersLead: {
    label: '（二）1 保洁员配备（比例之后的文字）',
    text: '建立了保洁员花名册，制定了农村卫生保洁制度和保洁员管理考核奖惩制度。区城管局定期对人员清单、在职在岗、年龄情况开展了专项检查。',
  },
  cleanupLead: {
    label: '（二）1 积存垃圾清理',
    text: '发挥村民理事会、党员干部等基层力量的引领作用，发动村居民做好自家房前屋后空间环境的清理、规范。组织开展集中清理活动，',
  },
  inspectionLead: {
    label: '（二）2 督查考核',
    text: '对各镇定期开展帮扶指导，及时发现解决工作推进工作中的问题。',
  },
  twoTimeFour: {
    label: '（二）3 “两次四分法”说明',
    text: '即第一次农户初分为“可腐烂”“不可腐烂”；第二次保洁员对“不可腐烂”的进行再分为“好卖的”和“不好卖的”。',
  },
  publicityPlan: {
    label: '二、3 宣传引导（材料之后的文字）',
    text: '利用电视、广播、报纸等新闻媒体，持续宣传垃圾分类知识，报道垃圾分类工作实施情况和典型案例。充分发挥镇、街道、社区作用，组织开展入户宣传，发放垃圾分类手册、一封信等资料，做到家喻户晓、人人皆知。推进生活垃圾分类教育进学校、进教材、进课堂，依托课堂教学、校园文化、社会实践三大平台，树立垃圾分类绿色理念，形成“教育一个孩子、影响一个家庭、带动一个社区”的良性互动局面，促进文明习惯的养成。',
  },
} as const

export type ProseKey = keyof typeof PROSE
export type Prose = Record<ProseKey, string>

export const defaultProse = (): Prose => Object.fromEntries(Object.entries(PROSE).map(([k, v]) => [k, v.text])) as Prose
