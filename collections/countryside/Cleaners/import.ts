/**
 * A cleaner roster from a sheet (plugins/houseRules/imports.ts): the columns, each row checked — a village the
 * importer manages (named with its town when two share a name), a mobile number, dates, the options by key or
 * Chinese label. Staffing is recomputed once per village after the last row, not after every cleaner.
 */
import { CLEANER_CONTRACTS, CLEANER_STATUSES } from '../../../domain/countryside/staffing'
import { sheetDate } from '../../../domain/system/sheets'
import { col, type Importer, type Planned } from '../../../plugins/houseRules/imports'
import { restaff } from '../staffing'
import { RESTAFF_LATER } from './hooks'

export const cleanersImport: Importer = {
  roles: ['admin', 'town-official'],
  columns: [
    col('name', '姓名', [], true),
    col('village', '行政村', ['村', '村（社区）', '行政村（社区）'], true),
    col('town', '镇（街道）', ['镇', '街道']),
    col('phone', '手机号', ['手机', '联系电话', '电话']),
    col('birthDate', '出生日期', ['出生年月日'], true),
    col('hiredOn', '聘用日期', ['入职日期']),
    col('contractKind', '用工方式'),
    col('status', '状态'),
  ],
  async plan(req, data, { get, bad, phoneOf, optionOf, errorCount }) {
    const planned: Planned[] = []
    // Villages the importer may manage (a town official: their own town's).
    const villages = await req.payload.find({
      collection: 'villages',
      select: { name: true, town: true },
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const r of data) {
      const before = errorCount()
      if (!get(r, 'name')) bad(r.row, 'name', '', '姓名不能为空')
      const town = get(r, 'town')
      const matches = villages.docs.filter(
        (v) => v.name === get(r, 'village') && (!town || (typeof v.town === 'object' && v.town?.name === town)),
      )
      if (!matches.length) bad(r.row, 'village', get(r, 'village'), '没有这个行政村（或不属于您管理的镇）')
      else if (matches.length > 1) bad(r.row, 'village', get(r, 'village'), '有同名的村，请填写“镇（街道）”列')
      const phone = phoneOf(r)
      const born = sheetDate(get(r, 'birthDate'))
      if (!born) bad(r.row, 'birthDate', get(r, 'birthDate'), '日期应为 1970-05-01 的形式')
      const hired = get(r, 'hiredOn') ? sheetDate(get(r, 'hiredOn')) : null
      if (get(r, 'hiredOn') && !hired) bad(r.row, 'hiredOn', get(r, 'hiredOn'), '日期应为 2026-03-01 的形式')
      const contractKind = optionOf(r, 'contractKind', CLEANER_CONTRACTS, 'village', '用工方式')
      const status = optionOf(r, 'status', CLEANER_STATUSES, 'on-duty', '状态')
      if (errorCount() > before) continue
      const village = matches[0]!
      planned.push({
        row: r.row,
        data: {
          name: get(r, 'name'),
          village: village.id,
          town: typeof village.town === 'object' ? village.town?.id : village.town,
          phone: phone || null,
          // Calendar days as the admin's date picker stores them (noon UTC: the same day in every zone).
          birthDate: `${born}T12:00:00.000Z`,
          hiredOn: hired ? `${hired}T12:00:00.000Z` : null,
          contractKind,
          status,
        },
      })
    }
    return planned
  },
  context: { [RESTAFF_LATER]: true },
  finish: (tx, planned) => restaff(tx, [...new Set(planned.map((p) => p.data.village as number))]),
}
