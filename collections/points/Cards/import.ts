/**
 * Card batches from a sheet (plugins/houseRules/imports.ts): the columns people's sheets use, and each row checked —
 * a well-formed card number not taken (nor twice in the sheet), a site the importer may read, the options by key or
 * Chinese label, a mobile number, a date.
 */
import { CARD_NUMBER, CHANNELS, HOLDER_KINDS, MAX_BATCH } from '../../../domain/points/cards'
import { sheetDate } from '../../../domain/system/sheets'
import { col, type Importer, type Planned } from '../../../plugins/houseRules/imports'
import { shanghaiDay } from '../../../shared/time'

export const cardsImport: Importer = {
  roles: ['admin', 'operator'],
  maxRows: MAX_BATCH,
  columns: [
    col('cardNumber', '卡号', ['卡片编号', '智能卡号'], true),
    col('site', '场所', ['小区', '投放点', '所属场所'], true),
    col('holderKind', '持卡类型'),
    col('holderName', '持卡人', ['姓名', '户主']),
    col('officeName', '单位名称', ['单位']),
    col('phone', '手机号', ['手机', '联系电话', '电话']),
    col('building', '楼栋'),
    col('unit', '单元'),
    col('room', '房号'),
    col('channel', '发卡方式'),
    col('issuedAt', '发卡日期', ['发卡时间']),
  ],
  async plan(req, data, { get, bad, phoneOf, optionOf, errorCount }) {
    const planned: Planned[] = []
    // Places and existing cards, as the importer may read them.
    const sites = await req.payload.find({
      collection: 'sites',
      select: { name: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const siteId = new Map(sites.docs.map((s) => [s.name, s.id]))
    const numbers = data.map((r) => get(r, 'cardNumber').toUpperCase()).filter(Boolean)
    const existing = numbers.length
      ? await req.payload.find({
          collection: 'cards',
          where: { cardNumber: { in: numbers } },
          select: { cardNumber: true },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const taken = new Set(existing.docs.map((c) => c.cardNumber.toUpperCase()))
    const seen = new Map<string, number>()
    for (const r of data) {
      const before = errorCount()
      const number = get(r, 'cardNumber').toUpperCase()
      if (!CARD_NUMBER.test(number)) bad(r.row, 'cardNumber', number, '卡号为 4–32 位字母、数字或 -')
      else if (taken.has(number)) bad(r.row, 'cardNumber', number, '卡号已存在')
      else if (seen.has(number)) bad(r.row, 'cardNumber', number, `卡号与第 ${seen.get(number)} 行重复`)
      seen.set(number, seen.get(number) ?? r.row)
      const site = siteId.get(get(r, 'site'))
      if (site === undefined) bad(r.row, 'site', get(r, 'site'), '没有这个场所')
      const holderKind = optionOf(r, 'holderKind', HOLDER_KINDS, 'household', '持卡类型')
      const phone = phoneOf(r)
      const channel = optionOf(r, 'channel', CHANNELS, 'booth', '发卡方式')
      const issued = get(r, 'issuedAt') ? sheetDate(get(r, 'issuedAt')) : shanghaiDay(new Date())
      if (!issued) bad(r.row, 'issuedAt', get(r, 'issuedAt'), '日期应为 2026-03-01 的形式')
      if (errorCount() > before) continue
      planned.push({
        row: r.row,
        data: {
          cardNumber: number,
          site,
          status: 'active',
          holderKind,
          holderName: get(r, 'holderName') || null,
          officeName: get(r, 'officeName') || null,
          phone: phone || null,
          building: get(r, 'building') || null,
          unit: get(r, 'unit') || null,
          room: get(r, 'room') || null,
          channel,
          issuedAt: `${issued}T00:00:00+08:00`,
        },
      })
    }
    return planned
  },
}
