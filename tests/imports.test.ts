/**
 * Validated imports over REST, with real .xlsx and .csv files: a dry run lists every bad row (a duplicate card
 * number, an unknown site, a malformed phone, a row past the sheet's end) with its reason and writes nothing; an
 * import with bad rows changes nothing; a file that is not a spreadsheet and a 50 MB file are refused; an import is
 * all or nothing, also when the database refuses a row at the end; each role imports only what it may.
 */
import { strToU8, zipSync } from 'fflate'

import { xlsx } from '../shared/documents/xlsx'
import { sheetDate } from '../domain/system/sheets'
import type { RowError } from '../plugins/houseRules/imports'
import { bootPayload, type ApiBody, type Booted } from './helpers/boot'

let app: Booted
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}

const count = async (collection: 'cards' | 'cleaners') => (await app.payload.count({ collection })).totalDocs

/** A dry run's answer: the rows it would write, and each bad row with its reason (nothing is written). */
type DryRun = { dryRun: true; rows: number; errors: RowError[] }

const send = <B = ApiBody>(
  kind: string,
  bytes: Uint8Array,
  name: string,
  o: { dryRun?: boolean; token?: string; id?: string } = {},
) => {
  const form = new FormData()
  form.append('file', new File([Buffer.from(bytes)], name))
  const query = `dryRun=${o.dryRun === false ? 'false' : 'true'}${o.id ? `&id=${o.id}` : ''}`
  return app.rest.call<B>('POST', `/imports/${kind}?${query}`, { token: o.token ?? tokens.admin, form })
}
const CARD_HEADER = ['卡号', '场所', '持卡人', '手机号', '发卡方式']

beforeAll(async () => {
  app = await bootPayload()
  const p = app.payload
  const user = async (email: string, role: 'admin' | 'operator' | 'town-official' | 'base-editor', town?: number) => {
    await p.create({
      collection: 'users',
      data: { email, password: 'import-pass-1', name: email, role, ...(town ? { town } : {}) },
    })
    tokens[role] = await app.rest.login(email, 'import-pass-1')
  }
  ids.townA = (await p.create({ collection: 'towns', data: { name: '甲镇', kind: 'town' } })).id
  ids.townB = (await p.create({ collection: 'towns', data: { name: '乙镇', kind: 'town' } })).id
  ids.site = (
    await p.create({ collection: 'sites', data: { name: '城小区', kind: 'residential', town: ids.townA } })
  ).id
  ids.villageA = (
    await p.create({ collection: 'villages', data: { name: '一村', town: ids.townA, registeredPopulation: 800 } })
  ).id
  ids.villageB = (
    await p.create({ collection: 'villages', data: { name: '二村', town: ids.townB, registeredPopulation: 800 } })
  ).id
  await p.create({
    collection: 'cards',
    data: {
      cardNumber: 'IMP00001',
      site: ids.site,
      channel: 'booth',
      status: 'active',
      holderKind: 'household',
      issuedAt: '2026-03-01T00:00:00.000Z',
    },
  })
  await user('admin@imp.local', 'admin')
  await user('ops@imp.local', 'operator')
  await user('town@imp.local', 'town-official', ids.townA)
  await user('base@imp.local', 'base-editor')
}, 120_000)
afterAll(async () => {
  await app?.close()
})

test('a clean card sheet: the dry run writes nothing; the import writes every row, through the cards’ own rules', async () => {
  const rows = Array.from({ length: 60 }, (_, i) => [
    `IMP1${String(i).padStart(4, '0')}`,
    '城小区',
    `住户${i}`,
    `139${String(i).padStart(8, '0')}`,
    '上门发卡',
  ])
  const file = await xlsx('卡', CARD_HEADER, rows)
  const before = await count('cards')
  const dry = await send('cards', file, '发卡.xlsx', { token: tokens.operator })
  expect(dry.status).toBe(200)
  expect(dry.body).toEqual({ dryRun: true, rows: 60, errors: [] })
  expect(await count('cards')).toBe(before)
  const done = await send('cards', file, '发卡.xlsx', { token: tokens.operator, dryRun: false, id: 'p-1' })
  expect(done.status).toBe(201)
  expect(done.body.created).toBe(60)
  expect(await count('cards')).toBe(before + 60)
  const card = (await app.payload.find({ collection: 'cards', where: { cardNumber: { equals: 'IMP10007' } } })).docs[0]!
  expect(card).toMatchObject({
    channel: 'door-to-door',
    holderName: '住户7',
    phoneMasked: '139****0007',
    phoneLast4: '0007',
  })
  expect((await app.rest.call('GET', '/imports/progress/p-1', { token: tokens.operator })).body).toMatchObject({
    done: 60,
    total: 60,
  })
})

test('bad rows — a duplicate card number, an unknown site, a malformed phone, a row past the sheet’s end: each listed with its row and reason, nothing written', async () => {
  const file = await xlsx('卡', CARD_HEADER, [
    ['IMP20001', '城小区', '张', '13900000001', '设点发卡'],
    ['IMP00001', '城小区', '李', '', ''], // already issued
    ['IMP20001', '城小区', '王', '', ''], // twice in the file
    ['IMP20004', '不存在小区', '赵', '', ''],
    ['IMP20005', '城小区', '钱', '1390000', ''],
    ['', '', '', '', ''],
    ['合计', '', '', '', ''], // below the blank row: past the sheet's end
  ])
  const before = await count('cards')
  const dry = await send<DryRun>('cards', file, 'bad.xlsx')
  expect(dry.status).toBe(200)
  expect(
    dry.body.errors.map((e: { row: number; column: string; reason: string }) => [e.row, e.column, e.reason]),
  ).toEqual([
    [3, '卡号', '卡号已存在'],
    [4, '卡号', '卡号与第 2 行重复'],
    [5, '场所', '没有这个场所'],
    [6, '手机号', '手机号为 11 位数字'],
    [8, '', '数据已在第 7 行的空行处结束，此行在表格末尾之后'],
  ])
  const refused = await send('cards', file, 'bad.xlsx', { dryRun: false })
  expect(refused.status).toBe(409)
  expect(refused.body.errors[0].data.code).toBe('IMPORT_HAS_ERRORS')
  expect(refused.body.errors[0].message).toBe('有 5 处问题，未导入任何数据；请按清单改正后重试。')
  expect(refused.body.errors[0].data.errors).toHaveLength(5)
  expect(await count('cards')).toBe(before)
})

test('a row past the sheet’s declared end is refused by its row', async () => {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>IMP30001</t></is></c><c r="B2" t="s"><v>2</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>IMP30002</t></is></c><c r="B3" t="s"><v>2</v></c></row></sheetData></worksheet>`
  const file = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      '<sst><si><t>卡号</t></si><si><t>场所</t></si><si><r><t>城</t></r><r><t>小区</t></r></si></sst>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  })
  const dry = await send('cards', file, 'excel.xlsx')
  expect(dry.body).toEqual({
    dryRun: true,
    rows: 2,
    errors: [{ row: 3, column: '', value: '', reason: '此行超出工作表声明的范围（第 2 行止）' }],
  })
})

test('not a spreadsheet, no file, a 50 MB file: refused, nothing written', async () => {
  const before = await count('cards')
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  )
  for (const [bytes, name] of [
    [new Uint8Array(png), 'photo.xlsx'],
    [new Uint8Array(png), 'photo.csv'],
    [strToU8('%PDF-1.4 not a sheet'), 'report.pdf'],
    [zipSync({ 'hello.txt': strToU8('hi') }), 'archive.xlsx'],
  ] as const) {
    const res = await send('cards', bytes, name, { dryRun: false })
    expect([name, res.status, res.body.errors[0].data.code]).toEqual([name, 400, 'NOT_A_SPREADSHEET'])
  }
  expect(
    (await app.rest.call('POST', '/imports/cards?dryRun=false', { token: tokens.admin, form: new FormData() })).body
      .errors[0].data.code,
  ).toBe('IMPORT_NO_FILE')
  const big = new Uint8Array(50 * 1024 * 1024)
  const form = new FormData()
  form.append('file', new File([big], 'huge.xlsx'))
  const res = await app.rest.call('POST', '/imports/cards?dryRun=false', {
    token: tokens.admin,
    form,
    headers: { 'content-length': String(big.length + 300) },
  })
  expect([res.status, res.body.errors[0].data.code]).toEqual([413, 'IMPORT_TOO_LARGE'])
  expect(res.body.errors[0].message).toBe('文件超过 10 MB，请分批导入。')
  expect(await count('cards')).toBe(before)
})

test('hostile workbooks are refused or read safely, quickly: unclosed markup, a crafted sheet id, a zip bomb, far columns, bad characters', async () => {
  const book = (parts: Record<string, string | Uint8Array>) =>
    zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])))
  const workbook = (id = 'rId1') =>
    `<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="${id}"/></sheets></workbook>`
  const rels = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
  const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`
  const header =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>卡号</t></is></c><c r="B1" t="inlineStr"><is><t>场所</t></is></c></row>'
  const started = Date.now()
  const cases: Array<[string, Uint8Array, number, string | null]> = [
    [
      'unclosed shared strings',
      book({
        'xl/workbook.xml': workbook(),
        'xl/_rels/workbook.xml.rels': rels,
        'xl/sharedStrings.xml': '<sst>' + '<si><t>x'.repeat(200_000),
        'xl/worksheets/sheet1.xml': sheet(header),
      }),
      400,
      'NOT_A_SPREADSHEET',
    ],
    [
      'a sheet id that is a pattern',
      book({
        'xl/workbook.xml': workbook('(a+)+$('),
        'xl/_rels/workbook.xml.rels': rels,
        'xl/worksheets/sheet1.xml': sheet(header),
      }),
      200,
      null,
    ],
    [
      'a zip bomb',
      book({
        'xl/workbook.xml': workbook(),
        'xl/_rels/workbook.xml.rels': rels,
        'xl/worksheets/sheet1.xml': new Uint8Array(100 * 1024 * 1024),
      }),
      400,
      'NOT_A_SPREADSHEET',
    ],
    [
      'a cell far to the right',
      book({
        'xl/workbook.xml': workbook(),
        'xl/_rels/workbook.xml.rels': rels,
        'xl/worksheets/sheet1.xml': sheet(
          header + '<row r="2"><c r="ZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>',
        ),
      }),
      200,
      null,
    ],
    [
      'a character that does not exist',
      book({
        'xl/workbook.xml': workbook(),
        'xl/_rels/workbook.xml.rels': rels,
        'xl/worksheets/sheet1.xml': sheet(
          header +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>&#x110000;IMP70001</t></is></c><c r="B2" t="inlineStr"><is><t>城小区</t></is></c></row>',
        ),
      }),
      200,
      null,
    ],
  ]
  for (const [name, bytes, status, code] of cases) {
    const res = await send('cards', bytes, 'x.xlsx')
    expect([name, res.status, res.body.errors?.[0]?.data?.code ?? null]).toEqual([name, status, code])
  }
  expect(Date.now() - started).toBeLessThan(20_000)
})

test('a cleaner roster from CSV: a town official imports their own villages’ cleaners only', async () => {
  const csv = (lines: string[]) => strToU8(`\uFEFF姓名,行政村,手机号,出生日期,用工方式\n${lines.join('\n')}\n`)
  // 二村 is 乙镇's: not this official's to fill.
  const other = await send(
    'cleaners',
    csv(['张三,一村,13800000001,1970-05-01,村聘', '李四,二村,,1968/3/2,']),
    'roster.csv',
    { token: tokens['town-official'] },
  )
  expect(other.body.errors).toEqual([
    { row: 3, column: '行政村', value: '二村', reason: '没有这个行政村（或不属于您管理的镇）' },
  ])
  const ok = await send(
    'cleaners',
    csv(['张三,一村,13800000001,1970-05-01,村聘', '赵六,一村,,1975年6月1日,市场化公司']),
    'roster.csv',
    {
      token: tokens['town-official'],
      dryRun: false,
    },
  )
  expect([ok.status, ok.body.created]).toEqual([201, 2])
  const made = await app.payload.find({ collection: 'cleaners', where: { name: { equals: '赵六' } }, depth: 0 })
  expect(made.docs[0]).toMatchObject({ village: ids.villageA, town: ids.townA, contractKind: 'market' })
})

test('all or nothing: two imports at once that share one card number — one is written whole, the other not at all', async () => {
  const numbers = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => `IMP6${String(from + i).padStart(4, '0')}`)
  const a = numbers(0, 300)
  // B's last row is A's last card.
  const b = [...numbers(500, 50), a.at(-1)!]
  const sheet = (list: string[]) =>
    xlsx(
      '卡',
      CARD_HEADER,
      list.map((n) => [n, '城小区', '', '', '']),
    )
  const before = await count('cards')
  const [sa, sb] = await Promise.all([sheet(a), sheet(b)])
  const [ra, rb] = await Promise.all([
    send('cards', sa, 'a.xlsx', { dryRun: false }),
    send('cards', sb, 'b.xlsx', { dryRun: false }),
  ])
  // Either may win the race (which one reaches the database first is the machine's business): the winner is written
  // whole; the loser is refused — at its plan (the shared card now exists) or at its write (the unique number).
  const [winner, loser, written, loserOnly] =
    ra.status === 201 ? [ra, rb, a.length, b.slice(0, 50)] : [rb, ra, b.length, a.slice(0, -1)]
  expect(winner.status).toBe(201)
  expect(loser.status).toBe(409)
  expect(['IMPORT_HAS_ERRORS', 'IMPORT_ROW_FAILED']).toContain(loser.body.errors[0].data.code)
  expect(await count('cards')).toBe(before + written)
  expect((await app.payload.count({ collection: 'cards', where: { cardNumber: { in: loserOnly } } })).totalDocs).toBe(0)
})

test('each role imports only what it may', async () => {
  const file = await xlsx('卡', CARD_HEADER, [['IMP40001', '城小区', '', '', '']])
  expect((await send('cards', file, 'a.xlsx', { token: tokens['town-official'] })).status).toBe(403)
  expect((await send('cards', file, 'a.xlsx', { token: tokens['base-editor'] })).status).toBe(403)
  expect((await send('cleaners', file, 'a.xlsx', { token: tokens.operator })).status).toBe(403)
  expect((await app.rest.call('POST', '/imports/cards', { form: new FormData() })).status).toBe(403)
  expect((await send('users', file, 'a.xlsx')).status).toBe(404)
})

test('dates as people and Excel write them', () => {
  expect(sheetDate('46082')).toBe('2026-03-01')
  expect(sheetDate('2026/3/1')).toBe('2026-03-01')
  expect(sheetDate('2026年3月1日')).toBe('2026-03-01')
  expect(sheetDate('三月一日')).toBeNull()
  expect(sheetDate('2026-02-31')).toBeNull()
  expect(sheetDate('2026-13-01')).toBeNull()
  expect(sheetDate('1970')).toBeNull()
})
