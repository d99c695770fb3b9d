/**
 * The demo district's publicity: campaigns with their media coverage, a work plan issued after public
 * consultation (with its close-out table) and one open for comments, visit slots at the four education
 * bases with a booking, an article per base, an answered note from a resident, and the sites'
 * disclosure details. Idempotent: looked up by title or name first.
 */
import type { Payload } from 'payload'

import { paragraphs } from '../domain/publicity/richText'

const DAY = 86_400_000

async function once(payload: Payload, find: () => Promise<{ totalDocs: number }>, make: () => Promise<unknown>) {
  if ((await find()).totalDocs > 0) return 0
  await make()
  return 1
}

const campaigns = [
  {
    title: '“垃圾分类进万家”启动仪式暨大型宣传活动',
    kind: 'large-event' as const,
    daysAgo: 40,
    place: '滨江公园广场',
    organisers: '区城管局、湾里街道',
    attendance: 1200,
    summary: '千余名市民参加，现场发放智能分类卡 326 张，发放《垃圾分类知识手册》2000 册。',
    body: [
      '11 月下旬，区城管局联合湾里街道在滨江公园广场举行“垃圾分类进万家”启动仪式。',
      '活动设置分类知识问答、积分兑换体验和智能分类箱演示，现场为居民办理智能分类卡 326 张。',
      '区领导为城小区南区、翰文学校等示范教育基地授牌。',
    ],
    coverage: [
      { outlet: '区融媒体中心', kind: 'tv' as const, title: '我区启动“垃圾分类进万家”活动' },
      { outlet: '芜湖日报', kind: 'newspaper' as const, title: '分类投放有积分 居民参与热情高' },
      { outlet: '学习强国', kind: 'online' as const, title: '垃圾分类新时尚 积分兑换暖人心' },
    ],
  },
  {
    title: '全区垃圾分类督导员业务培训',
    kind: 'training' as const,
    daysAgo: 25,
    place: '区政府三楼会议室',
    organisers: '区城管局',
    attendance: 86,
    summary: '各镇（街道）督导员、保洁员代表 86 人参加，学习“两次四分法”和智能设备使用。',
    body: ['培训讲解了“两次四分法”、智能分类箱的使用和常见故障处理。', '培训结束后进行了现场考试。'],
    coverage: [{ outlet: '区政府网站', kind: 'online' as const, title: '区城管局举办垃圾分类督导员培训' }],
  },
  {
    title: '翰文学校“小手拉大手”垃圾分类主题班会',
    kind: 'school' as const,
    daysAgo: 12,
    place: '翰文学校',
    organisers: '区城管局、区教育局、翰文学校',
    attendance: 640,
    summary: '全校 16 个班级同步开展分类主题班会，学生带回《致家长的一封信》。',
    body: ['各班通过情景剧、分类游戏等形式学习垃圾分类知识。', '学生把《致家长的一封信》带回家，推动家庭分类。'],
    coverage: [{ outlet: '区广播电台', kind: 'radio' as const, title: '校园里的垃圾分类课' }],
  },
  {
    title: '二坝镇农村生活垃圾“两次四分法”现场观摩会',
    kind: 'site-visit' as const,
    daysAgo: 6,
    place: '二坝镇大拐村',
    site: '大拐村分类示范点',
    area: 'countryside' as const,
    organisers: '区城管局、二坝镇人民政府',
    attendance: 120,
    summary: '各镇分管负责人和村干部观摩大拐村分类示范点和保洁员二次分拣。',
    body: ['与会人员观摩了大拐村分类示范点，听取了保洁员二次分拣和资源化利用的介绍。'],
    coverage: [],
  },
  {
    title: '区政府垃圾分类启动仪式',
    kind: 'launch' as const,
    daysAgo: 300,
    place: '区政府机关大楼',
    site: '区政府',
    area: 'urban' as const,
    organisers: '区城管局、区机关事务管理中心',
    attendance: 260,
    summary: '区政府机关垃圾分类试点启动，机关干部现场领取智能分类卡。',
    body: ['区政府机关垃圾分类试点正式启动，各科室代表领取智能分类卡并现场体验四分类投放。'],
    coverage: [
      { outlet: '第一看点', kind: 'online' as const, title: '区政府机关率先启动垃圾分类' },
      { outlet: '芜湖新闻', kind: 'tv' as const, title: '机关带头 垃圾分类从我做起' },
    ],
  },
  {
    title: '城小区南区垃圾分类启动仪式',
    kind: 'launch' as const,
    daysAgo: 290,
    place: '城小区南区中心广场',
    site: '城小区南区',
    area: 'urban' as const,
    organisers: '区城管局、湾里街道、城南社区',
    attendance: 420,
    summary: '城小区南区智能分类设备投入使用，居民现场办卡。',
    body: ['城小区南区举行垃圾分类启动仪式，四分类智能箱、有害垃圾箱和礼品兑换机同日投入使用。'],
    coverage: [{ outlet: '生活传真', kind: 'tv' as const, title: '城小区南区用上智能分类箱' }],
  },
  {
    title: '城小区元宵节垃圾分类活动',
    kind: 'festival' as const,
    daysAgo: 285,
    place: '城小区南区',
    site: '城小区南区',
    area: 'urban' as const,
    organisers: '城南社区',
    attendance: 300,
    summary: '猜灯谜学分类，积分兑换元宵。',
    body: ['社区把分类知识写进灯谜，居民猜中即可获得积分。'],
    coverage: [{ outlet: '芜湖晚报', kind: 'newspaper' as const, title: '猜灯谜 学分类' }],
  },
  {
    title: '赴浙江杭州、宁波考察学习垃圾分类经验',
    kind: 'study-trip' as const,
    daysAgo: 320,
    place: '浙江杭州、宁波',
    area: 'urban' as const,
    organisers: '区城管局',
    attendance: 24,
    summary: '街道、社区、物业、运营公司负责人考察学习城市小区分类经验。',
    body: ['考察组学习了杭州、宁波小区智能分类和积分激励的做法。'],
    coverage: [],
  },
  {
    title: '城区垃圾分类试点部门联动推进会',
    kind: 'meeting' as const,
    daysAgo: 200,
    place: '区城管局会议室',
    area: 'urban' as const,
    organisers: '区城管局',
    attendance: 30,
    summary: '城管、街道、社区、物业和运营单位协调试点中的难题。',
    body: ['会议明确了信息共享、情况沟通、相互协作的工作机制。'],
    coverage: [],
  },
  {
    title: '组织四镇赴浙江金华、安吉考察农村垃圾分类',
    kind: 'study-trip' as const,
    daysAgo: 150,
    place: '浙江金华、安吉',
    area: 'countryside' as const,
    organisers: '区城管局、区农业农村局',
    attendance: 32,
    summary: '各镇分管领导、试点村居负责人和区相关部门负责人考察“两次四分法”。',
    body: ['考察组学习了金华“两次四分法”和安吉美丽乡村垃圾治理的经验。'],
    coverage: [{ outlet: '今日鸠江', kind: 'online' as const, title: '学习浙江经验 推进农村垃圾分类' }],
  },
]

const materials = [
  {
    title: '致全区市民的一封信',
    kind: 'letter' as const,
    file: 'letter-to-citizens.txt',
    description: '垃圾分类倡议书，随《知识手册》入户发放。',
    text: '致全区市民的一封信\n\n亲爱的市民朋友：\n垃圾分类，人人有责。请您按照可回收物、有害垃圾、厨余垃圾、其他垃圾四类分类投放，使用智能分类卡积分兑换礼品。\n\n区城市管理局\n',
  },
  {
    title: '生活垃圾分类知识手册（2026 版）',
    kind: 'handbook' as const,
    file: 'handbook-2026.txt',
    description: '四分类标准、投放时间和积分规则。',
    text: '生活垃圾分类知识手册\n\n一、可回收物：纸类、塑料、金属、玻璃、织物。\n二、有害垃圾：废电池、废灯管、过期药品。\n三、厨余垃圾：剩菜剩饭、果皮菜叶。\n四、其他垃圾：除上述三类以外的生活垃圾。\n',
  },
  {
    title: '宣传标语（20 条）',
    kind: 'slogan' as const,
    file: 'slogans.txt',
    description: '供各镇（街道）、小区张贴使用。',
    text: '垃圾分一分，环境美十分。\n分类投放一小步，文明城市一大步。\n',
  },
]

const plans = {
  issued: {
    title: '区生活垃圾分类工作实施方案（2026—2027 年）',
    number: '区政办〔2026〕18 号',
    summary: '明确全区生活垃圾分类的目标任务、工作措施和保障机制。',
    sections: [
      { heading: '一、总体目标', body: '到 2027 年底，城区生活垃圾分类覆盖率达到 100%，回收利用率达到 35% 以上。' },
      { heading: '二、工作任务', body: '推进智能分类设施建设，完善分类收运体系，开展农村生活垃圾分类试点。' },
      { heading: '三、保障措施', body: '建立联席会议制度，将分类工作纳入年度考核，落实奖补资金。' },
    ],
    comments: [
      {
        section: 1,
        name: '城南社区居民',
        text: '建议在小区增加夜间投放时段，方便上班族。',
        outcome: 'adopted' as const,
        outcomeReason: '已在工作任务中增加“早晚两个投放时段”。',
      },
      {
        section: 2,
        name: null,
        text: '建议把奖补资金全部用于购买分类垃圾桶。',
        outcome: 'not-adopted' as const,
        outcomeReason: '奖补资金按考核结果拨付，用途由各镇统筹，已包含设施购置。',
      },
      {
        section: 0,
        name: '翰文学校教师',
        text: '建议把学校分类教育写入目标。',
        outcome: 'partly' as const,
        outcomeReason: '在工作任务中写入“进校园”活动，目标不单列。',
      },
    ],
  },
  consultation: {
    title: '区农村生活垃圾治理考评办法（征求意见稿）',
    number: '',
    summary: '现向社会公开征求意见，欢迎对各章节提出修改建议。',
    sections: [
      { heading: '第一章 总则', body: '为加强农村生活垃圾治理，建立长效管理机制，制定本办法。' },
      { heading: '第二章 考评内容', body: '考评内容包括保洁队伍、垃圾收运、分类减量和长效管理四个部分，满分 100 分。' },
      { heading: '第三章 奖补办法', body: '考评结果分为优秀、良好、合格、不合格四个等次，按等次拨付奖补资金。' },
    ],
  },
}

const disclosure: Record<string, { times: string; frequency: string; confirmedDaysAgo: number }> = {
  市政府: { times: '工作日 8:00–18:00', frequency: '每日一次（下午）', confirmedDaysAgo: 20 },
  区政府: { times: '工作日 8:00–18:00', frequency: '每日一次（下午）', confirmedDaysAgo: 35 },
  城小区南区: { times: '7:00–9:00，18:00–20:30', frequency: '每日两次（早、晚）', confirmedDaysAgo: 12 },
  湾里实验小学: { times: '上学日 7:30–17:00', frequency: '每日一次', confirmedDaysAgo: 60 },
  // Not confirmed for four months: the admin sees it flagged as stale.
  大拐村分类示范点: { times: '6:30–8:30，17:00–19:00', frequency: '每日一次（保洁员收集）', confirmedDaysAgo: 125 },
}

export async function seedPublicity(payload: Payload): Promise<number> {
  let created = 0
  const now = Date.now()
  const day = (offset: number) => new Date(now + offset * DAY).toISOString()

  // Disclosure details of every drop-off point.
  const sites = await payload.find({ collection: 'sites', pagination: false, depth: 0 })
  for (const site of sites.docs) {
    const d = disclosure[site.name]
    if (!d || site.dropOffTimes) continue
    await payload.update({
      collection: 'sites',
      id: site.id,
      data: {
        dropOffTimes: d.times,
        collectionFrequency: d.frequency,
        personInCharge: site.contactName,
        complaintPhone: '0553-12319',
        disclosureConfirmedAt: day(-d.confirmedDaysAgo),
      },
    })
  }

  for (const c of campaigns) {
    created += await once(
      payload,
      () => payload.count({ collection: 'campaigns', where: { title: { equals: c.title } } }),
      () =>
        payload.create({
          collection: 'campaigns',
          data: {
            title: c.title,
            kind: c.kind,
            date: day(-c.daysAgo),
            place: c.place,
            organisers: c.organisers,
            attendance: c.attendance,
            summary: c.summary,
            site: 'site' in c ? sites.docs.find((x) => x.name === c.site)?.id : undefined,
            area: 'area' in c ? c.area : 'district',
            body: paragraphs(c.body),
            coverage: c.coverage.map((m) => ({ ...m, date: day(-c.daysAgo + 1) })),
            _status: 'published',
          },
        }),
    )
  }

  for (const m of materials) {
    created += await once(
      payload,
      () => payload.count({ collection: 'materials', where: { title: { equals: m.title } } }),
      () => {
        const data = Buffer.from(m.text, 'utf8')
        return payload.create({
          collection: 'materials',
          data: { title: m.title, kind: m.kind, description: m.description, published: true },
          file: { data, mimetype: 'text/plain', name: m.file, size: data.length },
        })
      },
    )
  }

  const issued = plans.issued
  created += await once(
    payload,
    () => payload.count({ collection: 'work-plans', where: { title: { equals: issued.title } } }),
    async () => {
      const plan = await payload.create({
        collection: 'work-plans',
        data: {
          title: issued.title,
          number: issued.number,
          summary: issued.summary,
          sections: issued.sections,
          consultationEnds: day(30),
          status: 'draft',
        },
      })
      await payload.update({ collection: 'work-plans', id: plan.id, data: { status: 'consultation' } })
      for (const c of issued.comments) {
        const section = plan.sections[c.section]!
        await payload.create({
          collection: 'plan-comments',
          data: {
            plan: plan.id,
            section: section.id!,
            sectionHeading: section.heading,
            title: `${section.heading} · ${c.text.slice(0, 24)}`,
            name: c.name,
            text: c.text,
            status: 'approved',
            outcome: c.outcome,
            outcomeReason: c.outcomeReason,
          },
        })
      }
      // The consultation ran its course: closed, then approved by the district government.
      await payload.update({ collection: 'work-plans', id: plan.id, data: { consultationEnds: day(-10) } })
      await payload.update({ collection: 'work-plans', id: plan.id, data: { status: 'approved', approvedOn: day(-5) } })
      await payload.update({ collection: 'work-plans', id: plan.id, data: { status: 'issued' } })
    },
  )

  const open = plans.consultation
  created += await once(
    payload,
    () => payload.count({ collection: 'work-plans', where: { title: { equals: open.title } } }),
    async () => {
      const plan = await payload.create({
        collection: 'work-plans',
        data: {
          title: open.title,
          summary: open.summary,
          sections: open.sections,
          consultationEnds: day(21),
          dueBy: new Date(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() + 2, 0)).toISOString(),
          status: 'draft',
        },
      })
      await payload.update({ collection: 'work-plans', id: plan.id, data: { status: 'consultation' } })
      const section = plan.sections[1]!
      await payload.create({
        collection: 'plan-comments',
        data: {
          plan: plan.id,
          section: section.id!,
          sectionHeading: section.heading,
          title: `${section.heading} · 建议把村民满意度调查纳入考评内容。`,
          name: '汤沟镇村民',
          text: '建议把村民满意度调查纳入考评内容。',
          status: 'approved',
        },
      })
    },
  )

  // Visit slots for the next two weeks at every base, and an article each.
  const bases = await payload.find({ collection: 'education-bases', pagination: false, depth: 0 })
  for (const base of bases.docs) {
    created += await once(
      payload,
      () => payload.count({ collection: 'visit-slots', where: { base: { equals: base.id } } }),
      async () => {
        const today = new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
        for (let d = 1; d <= 14; d++) {
          const date = new Date(`${today}T00:00:00.000Z`).getTime() + d * DAY
          const weekday = new Date(date).getUTCDay()
          if (weekday === 0 || weekday === 6) continue
          // 09:30 and 14:30 in Shanghai (01:30 and 06:30 UTC), an hour and a half each.
          for (const hour of [1.5, 6.5]) {
            const startsAt = new Date(date + hour * 3600_000)
            await payload.create({
              collection: 'visit-slots',
              data: {
                base: base.id,
                startsAt: startsAt.toISOString(),
                endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
                capacity: base.kind === 'school' ? 40 : 30,
              },
            })
          }
        }
      },
    )
    created += await once(
      payload,
      () => payload.count({ collection: 'base-articles', where: { base: { equals: base.id } } }),
      () =>
        payload.create({
          collection: 'base-articles',
          data: {
            base: base.id,
            title: `走进${base.name.replace(/垃圾分类.*$/, '')}：分类从身边做起`,
            summary: base.intro ?? '',
            body: paragraphs([base.intro ?? '', `开放时间：${base.openingTimes ?? ''}。欢迎各单位、学校预约参观。`]),
            _status: 'published',
          },
        }),
    )
  }

  const firstSlot = await payload.find({ collection: 'visit-slots', sort: 'startsAt', limit: 1, depth: 0 })
  if (firstSlot.docs[0]) {
    created += await once(
      payload,
      () => payload.count({ collection: 'visit-bookings' }),
      () =>
        payload.create({
          collection: 'visit-bookings',
          data: {
            slot: firstSlot.docs[0]!.id,
            groupName: '湾里实验小学四年级（2）班',
            size: 24,
            contactName: '陈老师',
            contactPhone: '0553-5710166',
            status: 'pending',
          },
        }),
    )
  }

  created += await once(
    payload,
    () => payload.count({ collection: 'feedback' }),
    async () => {
      const site = sites.docs.find((s) => s.name === '城小区南区')
      const note = await payload.create({
        collection: 'feedback',
        data: {
          reference: 'FKDEMO2026',
          site: site?.id ?? null,
          text: '8 栋旁的厨余桶晚上经常满溢，希望增加收运。',
          status: 'open',
        },
      })
      await payload.update({
        collection: 'feedback',
        id: note.id,
        data: { answer: '已调整为每日早晚两次收运，并在 8 栋旁增加一组厨余桶。感谢您的监督！' },
      })
    },
  )
  return created
}

/** Last month's honour roll, published, once the points programme is seeded (it ranks from drops and checks). */
export async function seedHonourRoll(payload: Payload): Promise<number> {
  const shanghai = new Date(Date.now() + 8 * 3600_000)
  const y = shanghai.getUTCFullYear()
  const m = shanghai.getUTCMonth() // the previous month, 1-based
  const month = m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`
  return once(
    payload,
    () => payload.count({ collection: 'honour-rolls', where: { month: { equals: month } } }),
    async () => {
      const roll = await payload.create({ collection: 'honour-rolls', data: { month, status: 'draft' } })
      if (Array.isArray(roll.rows) && roll.rows.length)
        await payload.update({ collection: 'honour-rolls', id: roll.id, data: { status: 'published' } })
    },
  )
}
