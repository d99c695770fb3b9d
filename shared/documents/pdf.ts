/**
 * A PDF built paragraph by paragraph with the same calls as the Word builder (docx.ts), on the same GB/T 9704 page:
 * A4, margins 37/35/28/26 mm (104.9/99.2/79.4/73.7 pt, docx.ts's twips ÷ 20), a 442.2 × 637.8 pt text block of
 * 22 lines of 28 characters. Paragraphs are broken into lines here (write), each line 28.95 pt (docx.ts's 579
 * twips) below the one before whatever its font, its baseline 18.4 pt below its top (BASELINE, Noto Serif CJK's
 * ascender at 16 pt); a line starts only where its 23 pt box (1.437 em) still fits, so 22 fit a page (the 22nd
 * ends at 104.9 + 21 × 28.95 + 23 = 735.9 ≤ 742.7 pt; a 23rd would not). Text at the body size (三号, 16 pt) is
 * set 0.25 pt tighter (docx.ts's −5 twips), a 15.75 pt pitch, so that 28 full-width characters fit a line (441 of
 * its 442.2 pt); each full line is then justified, its slack spread between its characters. No line begins with a
 * closing mark (，。、） and the like) or ends with an opening one, numbers hold together, and a note's number
 * stays with its figure. Headings keep with the next line; one empty line follows the title block; each figure
 * is numbered and its definition listed in the notes (注释) at the end, 五号 (10.5 pt) on a 16 pt pitch; "— 1 —"
 * in 四号 (14 pt) is centred 7 mm below the text block on every page (pages are buffered, then numbered when the
 * document ends).
 *
 * Fonts: the Chinese faces Debian's fonts-noto-cjk installs (SIL Open Font License), the Simplified Chinese face of
 * each collection (.ttc), embedded as CFF subsets (only the glyphs used), with pdfkit's Unicode map so the text can
 * be searched and copied:
 *   body (仿宋_GB2312), subtitle and h2 (楷体_GB2312), notes, page numbers: Noto Serif CJK SC Regular — no 仿宋 or
 *     楷体 is free to embed, so a 宋-style serif stands in for both; h2 differs from the body by its level only;
 *   title (方正小标宋简体) and h3 (bold): Noto Serif CJK SC Bold; h1 (黑体): Noto Sans CJK SC Bold.
 * Where those files are missing (another system; CJK_FONT_DIR names another folder), Noto Sans SC Regular and Bold
 * from the npm package @expo-google-fonts/noto-sans-sc stand in for all of them, so the document is still made.
 * The font files are read once per process and kept (26, 27 and 20 MB); pdfkit parses and subsets them per
 * document. Measured on a five-page report with 30 notes: 200 KB in about 170 ms (the first in a process, reading
 * the files, about 400 ms), where the one npm sans made 28 KB in about 30 ms: each CFF subset weighs some 57 KB
 * even for a few dozen glyphs (fontkit keeps a stub for every subroutine of the collection), and fontkit's
 * subsetting, some 60 ms a face, is most of the time.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import PDFDocument from 'pdfkit'

import { PAGE, isHead, isHeading, resolveStyle, type ParagraphStyle, type Segment } from './docx'

type Face = 'serif' | 'serifBold' | 'sans'
type FontFile = { file: string; name?: string }

const SYSTEM_FONTS = '/usr/share/fonts/opentype/noto'
const systemFaces = (dir: string): Record<Face, FontFile> => ({
  serif: { file: path.join(dir, 'NotoSerifCJK-Regular.ttc'), name: 'NotoSerifCJKsc-Regular' },
  serifBold: { file: path.join(dir, 'NotoSerifCJK-Bold.ttc'), name: 'NotoSerifCJKsc-Bold' },
  sans: { file: path.join(dir, 'NotoSansCJK-Bold.ttc'), name: 'NotoSansCJKsc-Bold' },
})
const NPM = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
}
const npmFaces: Record<Face, FontFile> = {
  serif: { file: NPM.regular },
  serifBold: { file: NPM.bold },
  sans: { file: NPM.bold },
}

/** The system's Noto CJK faces when all are there, else the npm Noto Sans SC. */
export function pdfFaces(dir = process.env.CJK_FONT_DIR || SYSTEM_FONTS): Record<Face, FontFile> & { system: boolean } {
  const faces = systemFaces(dir)
  const system = Object.values(faces).every((f) => fs.existsSync(f.file))
  return { ...(system ? faces : npmFaces), system }
}

/** The font files, read once. */
const loaded = new Map<string, Buffer>()
function font(file: string): Buffer {
  let data = loaded.get(file)
  if (!data) {
    let found = file
    if (!path.isAbsolute(file)) {
      try {
        found = createRequire(import.meta.url).resolve(file)
      } catch {
        // Bundled (the admin's server code): from the project's own node_modules.
        found = path.join(process.cwd(), 'node_modules', file)
      }
    }
    data = fs.readFileSync(found)
    loaded.set(file, data)
  }
  return data
}

const MARGINS = {
  top: PAGE.margin.top / 20,
  bottom: PAGE.margin.bottom / 20,
  left: PAGE.margin.left / 20,
  right: PAGE.margin.right / 20,
}
const PAGE_WIDTH = PAGE.width / 20
const PAGE_HEIGHT = PAGE.height / 20
const TEXT_WIDTH = PAGE_WIDTH - MARGINS.left - MARGINS.right
/** One line of the 22 a page, in points. */
const PITCH = PAGE.linePitch / 20
const MM = 72 / 25.4

// Word's half-points (docx.ts sizes) to PDF points.
const points = (halfPoints: number | undefined, fallback: number) => (halfPoints ? halfPoints / 2 : fallback)
const BODY = 16
/** 28 characters of the body size a line: docx.ts's −5 twips, a 15.75 pt pitch (28 × 15.75 = 441 ≤ 442.2 pt). */
const BODY_SPACING = PAGE.charSpacing / 20
const INDENT = 2 * (BODY + BODY_SPACING)
const NOTE_MARK = 9
/**
 * Every line's baseline the same distance below its top, whatever its font and size, as Word's exact line spacing
 * has it: the body's own (Noto Serif CJK's ascender, 1.151 em of 16 pt), so the 22 pt title and the 16 pt date
 * under it are one pitch apart, baseline to baseline. A note's number stands 7 pt above the baseline.
 */
const BASELINE = 1.151 * BODY
const MARK_RISE = 7
const NOTE_SIZE = 10.5
const NOTE_PITCH = 16
const PAGE_NUMBER = 14

/** The line box of the body's face, 16 pt Noto Serif CJK (1.437 em): a line starts only where it still fits. */
const LINE_BOX = 1.437 * BODY

type Part = { text: string; face: Face; size: number; mark?: boolean }
type Unit = { ch: string; part: Part; width: number }
const spacingOf = (part: Part) => (part.size === BODY ? BODY_SPACING : 0)

/** Not at a line's start (GB/T 15834's closing marks and the like) and not at its end (opening marks). */
const NOT_FIRST = new Set([...'，。、；：？！）》」』”’〉】…—·%‰℃,.;:?!)]}'])
const NOT_LAST = new Set([...'（《「『“‘〈【([{'])
const WORD = /[0-9A-Za-z.%+\-]/
/** Whether a line may end between two characters. */
function breakable(a: Unit, b: Unit): boolean {
  if (b.part.mark || NOT_FIRST.has(b.ch) || NOT_LAST.has(a.ch) || b.ch === ' ') return false
  if (a.ch === ' ') return true
  // Numbers and Latin words hold together.
  return !(WORD.test(a.ch) && WORD.test(b.ch) && !a.part.mark)
}

export class PdfBuilder {
  private doc: PDFKit.PDFDocument
  private notes: string[] = []
  private chunks: Buffer[] = []
  private done: Promise<void>
  private afterHead = false

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: [PAGE_WIDTH, PAGE_HEIGHT],
      margins: MARGINS,
      bufferPages: true,
      info: { Title: title, Creator: '分类 Fenlei' },
      lang: 'zh-CN',
      displayTitle: true,
    } as PDFKit.PDFDocumentOptions)
    const faces = pdfFaces()
    for (const face of ['serif', 'serifBold', 'sans'] as const) {
      this.doc.registerFont(face, font(faces[face].file), faces[face].name)
    }
    this.doc.font('serif').fontSize(BODY)
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c))
      this.doc.on('end', () => resolve())
      this.doc.on('error', reject)
    })
    // Awaited in build(); an error before then is not an unhandled rejection.
    this.done.catch(() => undefined)
  }

  /** The face a style is set in: 黑体 in the sans, titles and bold in the bold serif, the rest in the serif. */
  private face(o: ParagraphStyle): Face {
    const name = o.font ?? ''
    if (name.includes('黑体')) return 'sans'
    if (o.bold || name.includes('小标宋') || (o.size ?? 0) > 32) return 'serifBold'
    return 'serif'
  }

  /** Sets the font and returns the line gap that keeps pdfkit's own lines (the notes') on the 28.95 pt pitch. */
  private set(face: Face, size: number): number {
    this.doc.font(face).fontSize(size)
    return PITCH - this.doc.currentLineHeight(true)
  }

  /** How many more lines of the body fit on this page. */
  private linesLeft(): number {
    const body = this.doc.font('serif').fontSize(BODY).currentLineHeight(true)
    return Math.floor((this.doc.page.maxY() - this.doc.y - body) / PITCH + 1e-6) + 1
  }

  /** Where a paragraph starts: one empty line after the title block; a heading not alone at a page's foot. */
  private start(o: ParagraphStyle) {
    if (this.afterHead && !isHead(o)) {
      if (this.linesLeft() > 1) this.doc.y += PITCH
      else this.doc.addPage()
    }
    if (isHeading(o) && this.linesLeft() < 2) this.doc.addPage()
    this.afterHead = isHead(o)
  }

  /**
   * Sets a paragraph line by line on the grid. pdfkit's own wrapping justifies a line only by widening its spaces,
   * and a line of Chinese has none, nor can it spread a line made of several runs (a figure, its note's number,
   * the text after it): the lines are broken here instead, and each full line's slack (a character pushed to the
   * next line so that none begins with a comma, digits narrower than characters) is spread between all its
   * characters, so that every line but a paragraph's last ends at the right margin, as Word's 两端对齐 has it.
   */
  private write(parts: Part[], o: ParagraphStyle) {
    this.start(o)
    const units = parts.flatMap((part) =>
      [...part.text.replace(/\s+/g, ' ')].map((ch) => {
        this.doc.font(part.face).fontSize(part.size)
        return { ch, part, width: this.doc.widthOfString(ch) + spacingOf(part) }
      }),
    )
    const room = (n: number) => TEXT_WIDTH - (n === 0 && o.indent ? INDENT : 0)
    const lines: Unit[][] = []
    let line: Unit[] = []
    let width = 0
    for (let i = 0; i < units.length;) {
      // The next piece that cannot be broken: a character with what may not be parted from it.
      let j = i + 1
      while (j < units.length && !breakable(units[j - 1]!, units[j]!)) j++
      const piece = units.slice(i, j)
      const pieceWidth = piece.reduce((sum, u) => sum + u.width, 0)
      if (line.length && width + pieceWidth > room(lines.length) + 0.01) {
        lines.push(line)
        line = []
        width = 0
      }
      if (!line.length && pieceWidth > room(lines.length)) {
        // Wider than a whole line (a long number, a web address): as many characters as fit.
        let k = i + 1
        let w = units[i]!.width
        while (k < j && w + units[k]!.width <= room(lines.length)) w += units[k++]!.width
        j = k
      }
      for (const u of units.slice(i, j)) {
        line.push(u)
        width += u.width
      }
      i = j
    }
    if (line.length) lines.push(line)

    lines.forEach((units, n) => {
      while (units.length > 1 && units.at(-1)!.ch === ' ') units.pop()
      if (this.doc.y + LINE_BOX > this.doc.page.maxY()) this.doc.addPage()
      const available = room(n)
      const natural = units.reduce((sum, u) => sum + u.width, 0) - spacingOf(units.at(-1)!.part)
      const last = n === lines.length - 1
      const slack = available - natural
      const extra = !o.center && !last && units.length > 1 && slack > 0 ? slack / (units.length - 1) : 0
      let x = MARGINS.left + (n === 0 && o.indent ? INDENT : 0) + (o.center ? Math.max(0, slack) / 2 : 0)
      const y = this.doc.y
      // One run of text for each stretch of a line in one font and size.
      for (let i = 0; i < units.length;) {
        let j = i + 1
        while (j < units.length && units[j]!.part === units[i]!.part) j++
        const run = units.slice(i, j)
        const part = run[0]!.part
        this.doc.font(part.face).fontSize(part.size)
        this.doc.text(
          run.map((u) => u.ch).join(''),
          x,
          y,
          // pdfkit puts a numeric baseline that far above the line's top: negative, below it.
          {
            lineBreak: false,
            baseline: -(BASELINE - (part.mark ? MARK_RISE : 0)),
            characterSpacing: spacingOf(part) + extra,
          },
        )
        x += run.reduce((sum, u) => sum + u.width + extra, 0)
        i = j
      }
      this.doc.x = MARGINS.left
      this.doc.y = y + PITCH
    })
    this.doc.font('serif').fontSize(BODY)
  }

  text(text: string, o: ParagraphStyle = {}): this {
    const style = resolveStyle(o)
    this.write([{ text, face: this.face(style), size: points(style.size, BODY) }], style)
    return this
  }

  /** A paragraph of segments; each figure carries a numbered note with its definition. */
  para(segments: Segment[], o: ParagraphStyle = { indent: true }): this {
    const style = resolveStyle(o)
    const face = this.face(style)
    const size = points(style.size, BODY)
    const parts = segments.flatMap((s) => {
      if (typeof s === 'string') return [{ text: s, face, size }]
      this.notes.push(s.note)
      return [
        { text: s.text, face, size },
        { text: `[${this.notes.length}]`, face: 'serif' as const, size: NOTE_MARK, mark: true },
      ]
    })
    if (parts.length) this.write(parts, style)
    return this
  }

  /** "— n —" on every page, its line's middle 7 mm below the text block, in the bottom margin. */
  private numberPages() {
    const { start, count } = this.doc.bufferedPageRange()
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i)
      const margin = this.doc.page.margins.bottom
      // Writing below maxY would start a new page: none while the number is written.
      this.doc.page.margins.bottom = 0
      this.doc.font('serif').fontSize(PAGE_NUMBER)
      // The em box's middle (0.38 em above the baseline: CJK faces span +0.88 to −0.12 em) on that line.
      const baseline = PAGE_HEIGHT - margin + 7 * MM + 0.38 * PAGE_NUMBER
      this.doc.text(`— ${i + 1} —`, MARGINS.left, baseline, {
        width: TEXT_WIDTH,
        align: 'center',
        lineBreak: false,
        baseline: 'alphabetic',
      })
      this.doc.page.margins.bottom = margin
    }
  }

  async build(): Promise<Uint8Array> {
    if (this.notes.length) {
      this.afterHead = true
      this.write([{ text: '注释', face: 'sans', size: BODY }], {})
      // Off the grid: 五号 (10.5 pt) on a 16 pt pitch.
      const lineGap = this.set('serif', NOTE_SIZE) - PITCH + NOTE_PITCH
      this.doc.x = MARGINS.left
      this.notes.forEach((note, i) => this.doc.text(`[${i + 1}] ${note}`, { lineGap, paragraphGap: 0, align: 'left' }))
    }
    this.numberPages()
    this.doc.end()
    await this.done
    return new Uint8Array(Buffer.concat(this.chunks))
  }
}
