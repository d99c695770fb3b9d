/**
 * Word documents (.docx) through the `docx` library, laid out as GB/T 9704-2012 (党政机关公文格式) lays out a
 * government document: paragraphs and runs with the East Asian font set explicitly (DESIGN §9), SimSun being what
 * Word falls back to; footnotes numbered in order; tables; the page number centred in the footer (— 1 —).
 *
 * The page, in twentieths of a point (twips; 1 mm = 56.69 twips), the same numbers as the PDF (pdf.ts):
 *   A4 11906 × 16838; margins 37 mm top (2098), 35 mm bottom (1984), 28 mm left (1588), 26 mm right (1474), which
 *   leaves the standard's 版心 of 156 × 225 mm: 8844 × 12756 twips = 442.2 × 637.8 pt.
 *   22 lines a page (GB/T 9704 §5.2.3: 一般每面排22行，每行排28个字，并撑满版心): 12756 / 22 = 579.8, so a line
 *   pitch of 579 twips (28.95 pt; 22 × 579 = 12738 ≤ 12756). Every paragraph has exactly that line spacing, off
 *   the grid (w:snapToGrid false, or LibreOffice gives a line taller than the pitch two), so Word, LibreOffice and
 *   the PDF put 22 lines on a page whatever the font's own line height.
 *   28 characters a line of 三号 (16 pt): 28 × 16 = 448 pt is wider than the 442.2 pt line, so every run at that
 *   size is set 0.25 pt tighter (w:spacing −5 twips, a 15.75 pt pitch: 28 × 15.75 = 441 pt; a 29th would need
 *   456.75). The section's document grid gives the line pitch only (w:docGrid type "lines", linePitch 579): a
 *   character grid (type "linesAndChars" with charSpace −849, a 15.79 pt pitch) would say the same to Word, but
 *   LibreOffice gives each 16 pt character two cells of a grid narrower than the character (14 to 19 characters a
 *   line, tried), while the run spacing is read alike everywhere: 28 a line in LibreOffice, and by the OOXML rules
 *   in Word. pdf.ts sets the same spacing.
 * The levels (ParagraphStyle.level): title 方正小标宋简体 二号 (22 pt) centred; subtitle (the date line) 楷体_GB2312
 * 三号 centred, one empty line after the title block; h1 (一、) 黑体 三号, h2 （一） 楷体_GB2312 三号, h3 (1.)
 * 仿宋_GB2312 三号 bold, each indented two characters like the body and kept with the paragraph after it; the body
 * 仿宋_GB2312 三号 with a two-character first-line indent. An explicit font, size, bold, center or indent wins over
 * its level's.
 * Page number: 四号 (14 pt) 宋体, "— 1 —"; its line centred 7 mm below the text block (§7.5: 一字线上距版心下边缘
 * 7mm): the footer line is 400 twips high, exactly, and its middle 35 − 7 = 28 mm (1587 twips) above the page's
 * bottom edge, so the footer sits 1587 − 200 = 1387 twips above it. Centred on every page: GB/T 9704 itself puts
 * odd pages' numbers at the right and even pages' at the left, one character in, for documents printed both sides.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  FootnoteReferenceRun,
  LineRuleType,
  OnOffElement,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx'

export type RunStyle = { size?: number; bold?: boolean; font?: string }
/** The parts of a 公文: the title, its subtitle (the date line), the three heading levels (一、（一）1.). */
export type Level = 'title' | 'subtitle' | 'h1' | 'h2' | 'h3'
export type ParagraphStyle = RunStyle & { center?: boolean; indent?: boolean; level?: Level }

/** A piece of a paragraph: plain text, or text with a footnote (a figure and its definition). */
export type Segment = string | { text: string; note: string }

/** The page, in twips (see the top of the file). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, right: 1474, bottom: 1984, left: 1588 },
  /** One line of the 22 a page. */
  linePitch: 579,
  /** 28 characters a line: each 三号 character 5 twips (0.25 pt) tighter. */
  charSpacing: -5,
} as const

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { erHao: 44, sanHao: 32, siHao: 28 } as const

export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  kai: '楷体_GB2312',
  hei: '黑体',
  song: '宋体',
} as const

/** Each level's own style; the body is the style with no level. */
export const LEVELS: Record<Level, Required<Pick<ParagraphStyle, 'font' | 'size'>> & ParagraphStyle> = {
  title: { font: FONTS.title, size: SIZE.erHao, center: true },
  subtitle: { font: FONTS.kai, size: SIZE.sanHao, center: true },
  h1: { font: FONTS.hei, size: SIZE.sanHao, indent: true },
  h2: { font: FONTS.kai, size: SIZE.sanHao, indent: true },
  h3: { font: FONTS.body, size: SIZE.sanHao, bold: true, indent: true },
}

/** The style a paragraph is set in: its level's, then whatever the caller set explicitly. */
export function resolveStyle(o: ParagraphStyle): ParagraphStyle {
  const own = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as ParagraphStyle
  return { ...(o.level ? LEVELS[o.level] : {}), ...own }
}

/** Title and subtitle open the document; the first paragraph after them is one empty line lower. */
export const isHead = (o: ParagraphStyle) => o.level === 'title' || o.level === 'subtitle'
export const isHeading = (o: ParagraphStyle) => o.level === 'h1' || o.level === 'h2' || o.level === 'h3'

/** XML 1.0 cannot hold control characters: dropped from every text before it is written. */
const clean = (text: string) => text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '')

const fontOf = (eastAsia: string) => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia,
  hint: 'eastAsia',
})

/** One run of text; size in half-points (16 pt = 32). */
const run = (text: string, o: RunStyle = {}) =>
  new TextRun({
    text: clean(text),
    font: fontOf(o.font ?? FONTS.body),
    bold: o.bold,
    size: o.size ?? SIZE.sanHao,
    characterSpacing: (o.size ?? SIZE.sanHao) === SIZE.sanHao ? PAGE.charSpacing : undefined,
  })

/**
 * A paragraph off the document grid (w:snapToGrid false): its exact line spacing is its line in LibreOffice as in
 * Word, where LibreOffice would give a line taller than a grid line (the 22 pt title, in a fallback font of tall
 * metrics) two of them. docx has no option for it: the element goes in just before w:spacing, where the schema has it.
 */
class OffGridParagraph extends Paragraph {
  constructor(options: IParagraphOptions) {
    super(options)
    const properties = (this as unknown as { properties: { root: unknown[] } }).properties.root
    const at = properties.findIndex((element) => (element as { rootKey?: string }).rootKey === 'w:spacing')
    properties.splice(at < 0 ? properties.length : at, 0, new OnOffElement('w:snapToGrid', false))
  }
}

/** One grid line exactly (22 a page), the two-character first-line indent; headings kept with what follows. */
const paragraphOf = (children: Array<TextRun | FootnoteReferenceRun>, o: ParagraphStyle, after: boolean) =>
  new OffGridParagraph({
    children,
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.BOTH,
    indent: o.indent ? { firstLine: 640, firstLineChars: 200 } : undefined,
    spacing: { line: PAGE.linePitch, lineRule: LineRuleType.EXACT, before: after ? PAGE.linePitch : undefined },
    keepNext: isHeading(o) || isHead(o) ? true : undefined,
  })

export type TableStyle = { size?: number; header?: boolean }

/** A document built paragraph by paragraph; footnotes numbered in order of appearance. */
export class DocxBuilder {
  private body: Array<Paragraph | Table> = []
  private notes: string[] = []
  private afterHead = false

  private push(children: (style: ParagraphStyle) => Array<TextRun | FootnoteReferenceRun>, o: ParagraphStyle) {
    const style = resolveStyle(o)
    this.body.push(paragraphOf(children(style), style, this.afterHead && !isHead(style)))
    this.afterHead = isHead(style)
  }

  text(text: string, o: ParagraphStyle = {}): this {
    this.push((style) => [run(text, style)], o)
    return this
  }

  /** A paragraph of segments; each figure carries a footnote with its definition. */
  para(segments: Segment[], o: ParagraphStyle = { indent: true }): this {
    this.push(
      (style) =>
        segments.flatMap((s) => {
          if (typeof s === 'string') return [run(s, style)]
          this.notes.push(s.note)
          return [run(s.text, style), new FootnoteReferenceRun(this.notes.length)]
        }),
      o,
    )
    return this
  }

  /** A table across the page, every cell centred; the first row bold when it is a header. */
  table(rows: string[][], o: TableStyle = {}): this {
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
    this.afterHead = false
    this.body.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        alignment: AlignmentType.CENTER,
        borders: {
          top: border,
          left: border,
          bottom: border,
          right: border,
          insideHorizontal: border,
          insideVertical: border,
        },
        rows: rows.map(
          (cells, i) =>
            new TableRow({
              children: cells.map(
                (text) =>
                  new TableCell({
                    verticalAlign: VerticalAlign.CENTER,
                    children: [
                      new Paragraph({
                        alignment: AlignmentType.CENTER,
                        children: [run(text, { size: o.size ?? 24, bold: o.header !== false && i === 0 })],
                      }),
                    ],
                  }),
              ),
            }),
        ),
      }),
    )
    return this
  }

  async build(): Promise<Uint8Array> {
    // Footnotes in 小五 (9 pt) at 13 pt exactly, not on the 28.95 pt grid of the text.
    const footnotes = Object.fromEntries(
      this.notes.map((note, i) => [
        i + 1,
        {
          children: [
            new Paragraph({
              spacing: { line: 260, lineRule: LineRuleType.EXACT },
              children: [run(` ${note}`, { size: 18 })],
            }),
          ],
        },
      ]),
    )
    const document = new Document({
      styles: {
        default: {
          document: {
            run: { font: fontOf(FONTS.body), size: SIZE.sanHao, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          },
        },
      },
      footnotes,
      sections: [
        {
          properties: {
            page: {
              size: { width: PAGE.width, height: PAGE.height },
              margin: { ...PAGE.margin, header: 851, footer: 1387 },
            },
            grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch },
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  spacing: { line: 400, lineRule: LineRuleType.EXACT },
                  children: [
                    new TextRun({
                      children: ['— ', PageNumber.CURRENT, ' —'],
                      font: fontOf(FONTS.song),
                      size: SIZE.siHao,
                    }),
                  ],
                }),
              ],
            }),
          },
          children: this.body,
        },
      ],
    })
    return new Uint8Array(await Packer.toBuffer(document))
  }
}
