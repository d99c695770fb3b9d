/**
 * The demo district: one urban sub-district with the city pilots and three rural towns along
 * the river, 二坝镇 among them. Names are illustrative; populations are plausible round figures.
 */
export type SeedTown = {
  name: string
  kind: 'town' | 'subdistrict'
  code: string
  /** The town seat's roads and the main roads outside it (metres), and what the running contract keeps of them. */
  roads?: { seat: number; main: number; seatCovered: number; mainCovered: number }
  villages: Array<{
    name: string
    kind?: 'village' | 'community'
    population: number
    marketContract: boolean
    scheme?: 'two-time-four-category' | 'four-category' | 'two-category'
  }>
}

export const towns: SeedTown[] = [
  {
    name: '湾里街道',
    kind: 'subdistrict',
    code: '340207001',
    villages: [
      { name: '城南社区', kind: 'community', population: 8600, marketContract: true, scheme: 'four-category' },
      { name: '湾里社区', kind: 'community', population: 6400, marketContract: true, scheme: 'four-category' },
    ],
  },
  {
    name: '二坝镇',
    kind: 'town',
    roads: { seat: 6_800, main: 21_500, seatCovered: 6_800, mainCovered: 9_600 },
    code: '340207101',
    villages: [
      { name: '大拐村', population: 3860, marketContract: true, scheme: 'two-time-four-category' },
      { name: '新民村', population: 2940, marketContract: true, scheme: 'two-time-four-category' },
      { name: '宏福村', population: 4120, marketContract: false, scheme: 'two-time-four-category' },
      { name: '江坝社区', kind: 'community', population: 5230, marketContract: true, scheme: 'four-category' },
      { name: '团洲村', population: 2210, marketContract: false },
    ],
  },
  {
    name: '汤沟镇',
    kind: 'town',
    roads: { seat: 5_200, main: 18_400, seatCovered: 3_900, mainCovered: 5_100 },
    code: '340207102',
    villages: [
      { name: '汤沟村', population: 3540, marketContract: true, scheme: 'two-time-four-category' },
      { name: '关兴村', population: 2780, marketContract: false, scheme: 'two-time-four-category' },
      { name: '新丰村', population: 1960, marketContract: false },
      { name: '永丰村', population: 2450, marketContract: true },
    ],
  },
  {
    name: '白茆镇',
    kind: 'town',
    roads: { seat: 4_600, main: 16_900, seatCovered: 3_200, mainCovered: 4_300 },
    code: '340207103',
    villages: [
      { name: '白茆村', population: 3120, marketContract: true, scheme: 'two-time-four-category' },
      { name: '永久村', population: 2680, marketContract: false, scheme: 'two-time-four-category' },
      { name: '新河村', population: 1840, marketContract: false },
    ],
  },
]

export type SeedSite = {
  name: string
  kind: 'government' | 'residential' | 'school' | 'street' | 'village' | 'education-base'
  town: string
  village?: string
  address: string
  latitude: number
  longitude: number
  contactName: string
  contactPhone: string
  sortedCollection: boolean
  households: number
  /** In the urban pilot since (the work report's （一）). */
  pilotSince?: string
}

export const sites: SeedSite[] = [
  {
    name: '市政府',
    kind: 'government',
    town: '湾里街道',
    address: '政务中心 1 号楼',
    latitude: 31.3526,
    longitude: 118.4331,
    contactName: '王建国',
    contactPhone: '0553-3810001',
    sortedCollection: true,
    households: 1260,
    pilotSince: '2026-01-05',
  },
  {
    name: '区政府',
    kind: 'government',
    town: '湾里街道',
    address: '鸠江大道 1 号',
    latitude: 31.3861,
    longitude: 118.3962,
    contactName: '李秀英',
    contactPhone: '0553-5710002',
    sortedCollection: true,
    households: 820,
    pilotSince: '2026-01-05',
  },
  {
    name: '城小区南区',
    kind: 'residential',
    town: '湾里街道',
    village: '城南社区',
    address: '城南路 88 号',
    latitude: 31.3794,
    longitude: 118.4012,
    contactName: '张美华',
    contactPhone: '13805531234',
    sortedCollection: true,
    households: 2140,
    pilotSince: '2026-01-05',
  },
  {
    name: '湾里实验小学',
    kind: 'school',
    town: '湾里街道',
    village: '湾里社区',
    address: '湾里路 16 号',
    latitude: 31.3902,
    longitude: 118.4105,
    contactName: '陈老师',
    contactPhone: '0553-5710166',
    sortedCollection: true,
    households: 1580,
  },
  {
    name: '大拐村分类示范点',
    kind: 'village',
    town: '二坝镇',
    village: '大拐村',
    address: '大拐村村委会旁',
    latitude: 31.4267,
    longitude: 118.3214,
    contactName: '刘长福',
    contactPhone: '13955320001',
    sortedCollection: true,
    households: 1150,
  },
]

/** The four demonstration education bases the work report names (2022). */
export const educationBases: Array<{
  name: string
  kind: 'office' | 'street' | 'compound' | 'school'
  site?: string
  intro: string
  address: string
  openingTimes: string
  contactName: string
  contactPhone: string
}> = [
  {
    name: '区政府机关大楼垃圾分类示范教育基地',
    kind: 'office',
    site: '区政府',
    intro: '机关大楼各楼层设置分类投放点，展示“机关带头、全员参与”的分类做法。',
    address: '区政府机关大楼一楼大厅',
    openingTimes: '工作日 9:00–11:30，14:30–17:00',
    contactName: '王静',
    contactPhone: '0553-6210001',
  },
  {
    name: '湾里街道垃圾分类示范教育基地',
    kind: 'street',
    intro: '沿街商户和居民共同参与的分类示范街，展示定时定点投放和上门收集。',
    address: '湾里街道文化站',
    openingTimes: '周二至周六 9:00–16:30',
    contactName: '陈晨',
    contactPhone: '0553-6210002',
  },
  {
    name: '城小区南区垃圾分类宣教基地',
    kind: 'compound',
    site: '城小区南区',
    intro: '小区内的垃圾分类宣传教育基地：智能分类箱、积分兑换和厨余就地处理，可预约参观。',
    address: '城小区南区 8 栋旁宣教馆',
    openingTimes: '每天 9:00–11:30，14:30–17:30',
    contactName: '孙丽',
    contactPhone: '13955320008',
  },
  {
    name: '翰文学校垃圾分类示范教育基地',
    kind: 'school',
    intro: '“小手拉大手”：学生分类课堂、校园分类角和家庭积分挑战。',
    address: '翰文学校综合楼二楼',
    openingTimes: '周三、周五 14:00–16:00（寒暑假除外）',
    contactName: '李老师',
    contactPhone: '0553-6210004',
  },
]

export const DEMO_PASSWORD = 'fenlei-demo-2026'

export const demoUsers: Array<{
  email: string
  name: string
  role: 'town-official' | 'base-editor' | 'operator'
  town?: string
  base?: string
}> = [
  { email: 'erba@fenlei.local', name: '二坝镇 周红', role: 'town-official', town: '二坝镇' },
  { email: 'base@fenlei.local', name: '宣教基地 孙丽', role: 'base-editor', base: '城小区南区垃圾分类宣教基地' },
  { email: 'ops@fenlei.local', name: '运营单位 赵强', role: 'operator' },
]
