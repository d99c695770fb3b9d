/**
 * The district's report as a 公文 (GB/T 9704-2012), built here with the two builders directly (no Payload): a
 * title, its date line, the three heading levels, three pages of body with footnoted figures. The PDF read back by
 * pdf.js: the text, 22 lines a page on a 28.95 pt pitch, 28 characters a full line, "— n —" on every page, the
 * Noto Serif CJK faces embedded (or, where the system has none, the npm Noto Sans SC, asserted as such). The Word
 * document unzipped: page, margins and line grid, each level's font, the footer's PAGE field, the footnotes. The
 * same Word document opened by LibreOffice and turned into a PDF, read back the same way. Page 1 of each PDF is
 * rendered (pdftoppm) to test-results/report-documents-{pdf,docx}-page1.png, and its margins and page number
 * checked on the pixels.
 */
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { strFromU8, unzipSync } from 'fflate'

import { DocxBuilder, type ParagraphStyle, type Segment } from '../shared/documents/docx'
import { PdfBuilder } from '../shared/documents/pdf'

const run = promisify(execFile)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-documents-'))
const RESULTS = path.resolve('test-results')
const SYSTEM_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
/** LibreOffice's first start (a fresh profile) on a busy two-core machine, then the conversion. */
const OFFICE_TIMEOUT = 240_000

type Item = { s: string; x: number; y: number; w: number; size: number; font: string }
type Builder = {
  text(text: string, o?: ParagraphStyle): unknown
  para(segments: Segment[], o?: ParagraphStyle): unknown
  build(): Promise<Uint8Array>
}

const TITLE = '某某区城乡生活垃圾分类工作情况汇报'
const DATE = '（截至2026年5月20日）'
/** Full-width text only, so that a full line is exactly 28 characters. */
const PROSE =
  '城区生活垃圾分类试点采用市场化运作，由运营单位负责箱体投放、智能卡发放、积分兑换和日常保洁，街道、社区和物业共同督促居民分类投放。' +
  '各小区按照“定时定点、撤桶并点”的要求设置投放点，厨余垃圾与其他垃圾每日早晚分类收运，可回收物分类存储后交物资回收公司，有毒有害垃圾密闭储存后送专业处置中心，' +
  '做到分类投放、分类收集、分类运输、分类处理全程衔接。巡检人员实时保洁箱体，保证箱体安全运行，对混投、错投行为当场劝导并记录，次日回访。'
const NOTE = (n: number) =>
  `第${n}项指标：统计期内有投放记录的有效卡数 ÷ 有效（正常状态）卡数。数据来源：智能卡、投放记录。`

/** The same report for either builder: levels for the title block and the headings, figures footnoted. */
function report(doc: Builder): void {
  let n = 0
  const fig = (value: string): Segment => ({ text: value, note: NOTE(++n) })
  doc.text(TITLE, { level: 'title' })
  doc.text(DATE, { level: 'subtitle' })
  doc.para(['根据会议安排，现将本区城乡生活垃圾分类和减量化、资源化、无害化利用工作情况汇报如下：'])
  doc.text('一、城乡生活垃圾分类情况', { level: 'h1' })
  doc.text('（一）城区生活垃圾分类情况', { level: 'h2' })
  doc.text('1.多形式发放智能卡', { level: 'h3' })
  doc.para([
    '试点至今，共投入政府资金',
    fig('7.09'),
    '万元，投放全自动四分类可回收箱',
    fig('12'),
    '套，共发放智能分类卡',
    fig('3560'),
    '张，其中',
    fig('2874'),
    '人参与投放。',
  ])
  doc.para([PROSE])
  doc.text('2.多渠道开展宣传推广', { level: 'h3' })
  doc.para([PROSE + PROSE])
  doc.text('（二）农村垃圾治理情况', { level: 'h2' })
  doc.para(['共清理积存垃圾', fig('12'), '余吨，保洁员配备率', fig('98.5%'), '。', PROSE])
  doc.text('二、下一步工作安排', { level: 'h1' })
  doc.para([PROSE + PROSE + PROSE])
}

/** pdf.js reads the PDF in a process of its own (tests/helpers/pdf-text.mjs). */
const pdfText = (file: string, ...flags: string[]): unknown =>
  JSON.parse(
    execFileSync(process.execPath, [path.resolve('tests/helpers/pdf-text.mjs'), file, ...flags], {
      env: { ...process.env, NODE_OPTIONS: '' },
      maxBuffer: 64 << 20,
    }).toString(),
  )
const pageTexts = (file: string) => pdfText(file) as string[]
const pageItems = (file: string) => pdfText(file, '--items') as Item[][]
const flat = (s: string) => s.replace(/\s+/g, '')

/** A page's lines of body-size (16 pt) text, top to bottom: the baseline, the text, its left and right ends. */
function lines(items: Item[]): Array<{ y: number; text: string; left: number; right: number }> {
  const byY = new Map<number, Item[]>()
  for (const i of items.filter((i) => Math.abs(i.size - 16) < 0.5)) {
    const key = [...byY.keys()].find((y) => Math.abs(y - i.y) < 1) ?? i.y
    byY.set(key, [...(byY.get(key) ?? []), i])
  }
  return [...byY.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([y, row]) => ({
      y,
      text: flat(
        row
          .sort((a, b) => a.x - b.x)
          .map((i) => i.s)
          .join(''),
      ),
      left: Math.min(...row.map((i) => i.x)),
      right: Math.max(...row.map((i) => i.x + i.w)),
    }))
}
const FULL_WIDTH = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]+$/

/** A program on PATH (CI installs it: .ci/run); missing, the test fails with the command that installs it. */
function need(program: string, pkg: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${program}`])
      .toString()
      .trim()
  } catch {
    throw new Error(`${program} is missing: apt-get install -y --no-install-recommends ${pkg} (.ci/run does)`)
  }
}

/** Page 1 of a PDF as a PNG in test-results, and as grey pixels (PGM) to check. */
function renderPage1(pdf: string, name: string): { width: number; height: number; px: Uint8Array; dpi: number } {
  need('pdftoppm', 'poppler-utils')
  fs.mkdirSync(RESULTS, { recursive: true })
  execFileSync('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(RESULTS, name)])
  const dpi = 72
  const pgm = path.join(dir, `${name}.pgm`)
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', pdf, pgm.slice(0, -4)])
  const raw = fs.readFileSync(pgm)
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(raw.subarray(0, 40).toString('latin1'))!
  return { width: Number(header[1]), height: Number(header[2]), px: raw.subarray(header[0].length), dpi }
}

/** Ink (pixels darker than light grey) in a box given in millimetres from the page's top left. */
function ink(page: ReturnType<typeof renderPage1>, x0: number, y0: number, x1: number, y1: number): number {
  const at = (mm: number) => Math.round((mm / 25.4) * page.dpi)
  let dark = 0
  for (let y = at(y0); y < Math.min(at(y1), page.height); y++)
    for (let x = at(x0); x < Math.min(at(x1), page.width); x++) if (page.px[y * page.width + x]! < 192) dark++
  return dark
}

/** GB/T 9704's margins are empty; the page number is in the bottom margin, centred, about 7 mm below the text. */
function checkPage(page: ReturnType<typeof renderPage1>) {
  expect(page.width / page.height).toBeCloseTo(210 / 297, 2)
  expect(ink(page, 0, 0, 210, 35)).toBe(0) // above the text block (37 mm), a little in from it
  expect(ink(page, 0, 0, 26, 297)).toBe(0) // left of it (28 mm)
  expect(ink(page, 186, 0, 210, 297)).toBe(0) // right of it (26 mm)
  expect(ink(page, 0, 290, 210, 297)).toBe(0)
  // The number, under the text block (which ends 262 mm down), centred.
  expect(ink(page, 90, 264, 120, 276)).toBeGreaterThan(10)
  expect(ink(page, 30, 264, 85, 276) + ink(page, 125, 264, 180, 276)).toBe(0)
}

let pdfFile = ''
let docxFile = ''
let docxBytes: Uint8Array

beforeAll(async () => {
  const t = performance.now()
  const pdf = new PdfBuilder(TITLE)
  report(pdf)
  const bytes = await pdf.build()
  const ms = performance.now() - t
  pdfFile = path.join(dir, 'report.pdf')
  fs.writeFileSync(pdfFile, bytes)
  const docx = new DocxBuilder()
  report(docx)
  docxBytes = await docx.build()
  docxFile = path.join(dir, 'report.docx')
  fs.writeFileSync(docxFile, docxBytes)
  console.log(`PDF ${bytes.length} bytes in ${ms.toFixed(0)} ms (the first in this process); .docx ${docxBytes.length}`)
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

test('the PDF: its text read back, 22 lines of 28 characters a page, "— n —" on every page, the serif embedded', () => {
  const pages = pageTexts(pdfFile)
  expect(pages.length).toBeGreaterThanOrEqual(2)
  const all = flat(pages.join(''))
  for (const text of [TITLE, DATE, '一、城乡生活垃圾分类情况', '（一）城区生活垃圾分类情况', '1.多形式发放智能卡'])
    expect(all).toContain(text)
  expect(all).toContain('共投入政府资金7.09[1]万元')
  expect(all).toContain('保洁员配备率98.5%[6]。')
  expect(all).toContain(flat(PROSE))
  // The notes at the end, each figure's definition under its number.
  expect(all).toContain('注释')
  expect(all).toContain(`[6]${flat(NOTE(6))}`)
  pages.forEach((text, i) => expect(flat(text)).toContain(`—${i + 1}—`))

  const items = pageItems(pdfFile)
  const fonts = new Set(items.flat().map((i) => i.font.replace(/^[A-Z]{6}\+/, '')))
  const raw = Buffer.from(fs.readFileSync(pdfFile)).toString('latin1')
  if (fs.existsSync(SYSTEM_SERIF)) {
    // Body in the serif, title and h3 in its bold, h1 (黑体) in the sans: embedded subsets (CFF), nothing else.
    expect([...fonts].sort()).toEqual(['NotoSansCJKsc-Bold', 'NotoSerifCJKsc-Bold', 'NotoSerifCJKsc-Regular'])
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifCJKsc-Regular/)
    expect(raw).toMatch(/\/FontFile3/)
    const fontOf = (text: string) => items.flat().find((i) => flat(i.s).startsWith(text))?.font
    expect(fontOf('某某区')).toMatch(/NotoSerifCJKsc-Bold$/)
    expect(fontOf('一、城乡')).toMatch(/NotoSansCJKsc-Bold$/)
    expect(fontOf('（一）城区')).toMatch(/NotoSerifCJKsc-Regular$/)
    expect(fontOf('1.多形式')).toMatch(/NotoSerifCJKsc-Bold$/)
    expect(fontOf('根据会议安排')).toMatch(/NotoSerifCJKsc-Regular$/)
  } else {
    expect([...fonts].sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular'])
  }
  // Only the glyphs used: tens to a few hundred kilobytes, not the fonts' 20 to 27 megabytes.
  expect(raw.length).toBeLessThan(400_000)

  // 22 lines a page, 28.95 pt apart (GB/T 9704 §5.2.3), whatever their font; the page number below them.
  for (const page of items.slice(0, -1)) {
    const body = lines(page).filter((l) => l.y > 99.2)
    expect(body.length).toBeLessThanOrEqual(22)
    const steps = body.slice(1).map((l, i) => body[i]!.y - l.y)
    for (const step of steps) expect(Math.abs(step / 28.95 - Math.round(step / 28.95))).toBeLessThan(0.01)
  }
  // Page 1 full: the title (22 pt, not counted here) and the date, an empty line, the first paragraph on line 4
  // and the last line, 18 lines lower, the 22nd; page 2 from its top line (104.9 pt down) to its 22nd.
  const first = lines(items[0]!).filter((l) => l.y > 99.2)
  expect(first[1]!.text).toMatch(/^根据会议安排/)
  expect((first[1]!.y - first.at(-1)!.y) / 28.95).toBeCloseTo(22 - 4, 2)
  const second = lines(items[1]!).filter((l) => l.y > 99.2)
  expect(second).toHaveLength(22)
  expect((second[0]!.y - second.at(-1)!.y) / 28.95).toBeCloseTo(21, 2)
  // 28 full-width characters on a full line (26 after the first line's indent), never 29.
  const full = items.flatMap((page) => lines(page).map((l) => l.text)).filter((t) => FULL_WIDTH.test(t))
  expect(Math.max(...full.map((t) => t.length))).toBe(28)
  expect(full.filter((t) => t.length === 28).length).toBeGreaterThan(15)
  // Justified (两端对齐): a line that the next one continues (that one starts at the margin, not indented) ends at
  // the right margin, 79.4 + 442.2 pt, also when it has digits or a note's number, or one character fewer.
  const continued = items.flatMap((page) =>
    lines(page)
      .filter((l) => l.y > 99.2)
      .filter((l, i, all) => all[i + 1] && Math.abs(all[i + 1]!.left - 79.4) < 0.5 && all[i + 1]!.text !== '注释'),
  )
  expect(continued.length).toBeGreaterThan(40)
  expect(continued.filter((l) => Math.abs(l.right - 521.58) > 1).map((l) => `${l.text} ends at ${l.right}`)).toEqual([])
  expect(continued.filter((l) => !FULL_WIDTH.test(l.text)).length).toBeGreaterThan(1)

  // Page 1 as a person sees it: the margins empty, "— 1 —" at the foot, centred.
  checkPage(renderPage1(pdfFile, 'report-documents-pdf-page1'))
})

test('the PDF without the system fonts: Noto Sans SC from npm stands in, the text still there', async () => {
  const before = process.env.CJK_FONT_DIR
  process.env.CJK_FONT_DIR = path.join(dir, 'no-fonts-here')
  try {
    const pdf = new PdfBuilder(TITLE)
    report(pdf)
    const file = path.join(dir, 'fallback.pdf')
    fs.writeFileSync(file, await pdf.build())
    const raw = fs.readFileSync(file).toString('latin1')
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/)
    expect(raw).not.toMatch(/NotoSerifCJK/)
    const pages = pageTexts(file)
    expect(flat(pages.join(''))).toContain(flat(PROSE))
    pages.forEach((text, i) => expect(flat(text)).toContain(`—${i + 1}—`))
  } finally {
    if (before === undefined) delete process.env.CJK_FONT_DIR
    else process.env.CJK_FONT_DIR = before
  }
})

/** The paragraphs of a document.xml that hold a text. */
const paragraphsWith = (xml: string, text: string) =>
  (xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).filter((p) => p.includes(text))

test('the Word document: A4 with the 公文 margins, 22 lines a page, each level in its font, — PAGE — in the footer, footnotes', () => {
  const files = unzipSync(docxBytes)
  const xml = strFromU8(files['word/document.xml']!)
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
  expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" [^>]*w:footer="1387"/)
  expect(xml).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>')
  // Every paragraph of the body exactly one grid line (28.95 pt): 22 a page.
  const paragraphs = xml.match(/<w:body>.*<\/w:body>/)![0].match(/<w:p>.*?<\/w:p>/g)!
  for (const p of paragraphs)
    expect(p).toMatch(/<w:snapToGrid w:val="false"\/><w:spacing (w:before="579" )?w:line="579" w:lineRule="exact"\/>/)

  const one = (text: string) => {
    const found = paragraphsWith(xml, text)
    expect(found).toHaveLength(1)
    return found[0]!
  }
  const title = one(TITLE)
  expect(title).toContain('w:eastAsia="方正小标宋简体"')
  expect(title).toContain('<w:sz w:val="44"/>')
  expect(title).toContain('<w:jc w:val="center"/>')
  const date = one(DATE)
  expect(date).toContain('w:eastAsia="楷体_GB2312"')
  expect(date).toContain('<w:jc w:val="center"/>')
  const h1 = one('一、城乡生活垃圾分类情况')
  expect(h1).toContain('w:eastAsia="黑体"')
  expect(h1).toContain('<w:keepNext/>')
  // One empty line between the title block and what follows it.
  expect(paragraphsWith(xml, '根据会议安排')[0]).toContain('w:before="579"')
  expect(one('（一）城区生活垃圾分类情况')).toContain('w:eastAsia="楷体_GB2312"')
  const h3 = one('1.多形式发放智能卡')
  expect(h3).toContain('w:eastAsia="仿宋_GB2312"')
  expect(h3).toContain('<w:b/>')
  const body = paragraphsWith(xml, PROSE.slice(0, 20))[0]!
  expect(body).toContain('w:eastAsia="仿宋_GB2312"')
  expect(body).toContain('<w:sz w:val="32"/>')
  expect(body).toContain('<w:ind w:firstLine="640" w:firstLineChars="200"/>')
  expect(body).toContain('<w:jc w:val="both"/>')
  // 28 characters a line: each 三号 character 0.25 pt (5 twips) tighter, 15.75 pt.
  expect(body).toContain('<w:spacing w:val="-5"/>')
  expect(body).not.toContain('<w:b/>')

  const footer = Object.keys(files).find((f) => /^word\/footer\d*\.xml$/.test(f))!
  const foot = strFromU8(files[footer]!)
  expect(foot).toMatch(/<w:t xml:space="preserve">— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —<\/w:t>/)
  expect(foot).toContain('<w:fldChar w:fldCharType="begin"/>')
  expect(foot).toContain('<w:jc w:val="center"/>')
  expect(foot).toContain('w:eastAsia="宋体"')
  expect(foot).toContain('<w:sz w:val="28"/>')

  const refs = xml.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []
  expect(refs).toHaveLength(6)
  const notes = strFromU8(files['word/footnotes.xml']!)
  expect((notes.match(/<w:footnote w:id="\d+">/g) ?? []).length).toBe(6)
  expect(notes).toContain(NOTE(6))
})

/** LibreOffice has none of the 公文 fonts on Debian: fontconfig gives it the Noto faces the PDF uses instead. */
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[
  ['仿宋_GB2312', 'Noto Serif CJK SC', ''],
  ['楷体_GB2312', 'Noto Serif CJK SC', ''],
  ['宋体', 'Noto Serif CJK SC', ''],
  ['方正小标宋简体', 'Noto Serif CJK SC', 'bold'],
  ['黑体', 'Noto Sans CJK SC', 'bold'],
]
  .map(
    ([from, to, weight]) =>
      `  <match target="pattern"><test name="family"><string>${from}</string></test>` +
      `<edit name="family" mode="assign" binding="strong"><string>${to}</string></edit>` +
      (weight ? `<edit name="weight" mode="assign" binding="strong"><const>${weight}</const></edit>` : '') +
      '</match>',
  )
  .join('\n')}
</fontconfig>
`

test(
  'the Word document in LibreOffice: its text, a line every 28.95 pt, 28 characters a full line, — n — on every page',
  async () => {
    const soffice = need('soffice', 'libreoffice-writer-nogui')
    const out = path.join(dir, 'office')
    fs.writeFileSync(path.join(dir, 'fonts.conf'), FONTS_CONF)
    const t = performance.now()
    await run(
      soffice,
      [
        // A profile of its own: no clash with another LibreOffice running, nothing left in the user's.
        `-env:UserInstallation=file://${path.join(dir, 'office-profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        docxFile,
      ],
      { timeout: OFFICE_TIMEOUT - 20_000, env: { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') } },
    )
    console.log(`LibreOffice converted the .docx in ${(performance.now() - t).toFixed(0)} ms`)
    const file = path.join(out, 'report.pdf')
    const pages = pageTexts(file)
    expect(pages.length).toBeGreaterThanOrEqual(2)
    const all = flat(pages.join(''))
    expect(all).toContain(TITLE)
    expect(all).toContain('一、城乡生活垃圾分类情况')
    expect(all).toContain(flat(PROSE))
    expect(all).toContain(flat(NOTE(6)))
    pages.forEach((text, i) => expect(flat(text)).toContain(`—${i + 1}—`))

    const items = pageItems(file)
    // Page 1 as in the PDF: the date on line 2 (28.95 pt under the title's baseline), the first paragraph on line 4.
    const title = items[0]!.find((i) => i.s.startsWith('某某区'))!
    const [date, opening] = lines(items[0]!)
    expect((title.y - date!.y) / 28.95).toBeCloseTo(1, 1)
    expect((date!.y - opening!.y) / 28.95).toBeCloseTo(2, 1)
    // The body in the serif the fonts' aliases give 仿宋_GB2312.
    expect(items[0]!.find((i) => i.s.startsWith('根据会议安排'))?.font).toMatch(/NotoSerifCJK/)
    for (const page of items) {
      const body = lines(page).filter((l) => l.y > 99.2 && l.y < 841.89 - 104.9)
      const steps = body.slice(1).map((l, i) => body[i]!.y - l.y)
      // Lines one grid line apart, or two (the empty line after the title block).
      for (const step of steps) expect(Math.abs(step / 28.95 - Math.round(step / 28.95))).toBeLessThan(0.02)
    }
    const full = items.flatMap((page) => lines(page).map((l) => l.text)).filter((t) => FULL_WIDTH.test(t))
    // 28 a line; a comma may hang in the margin as the 29th.
    expect(full.filter((t) => t.length === 28).length).toBeGreaterThan(15)
    expect(Math.max(...full.map((t) => t.replace(/[，。、；：]$/, '').length))).toBe(28)

    checkPage(renderPage1(file, 'report-documents-docx-page1'))
  },
  OFFICE_TIMEOUT,
)
