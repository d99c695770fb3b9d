/**
 * Word documents (.docx) through the `docx` library: paragraphs and runs with the East Asian font set explicitly
 * (DESIGN §9) — 仿宋_GB2312 for the body and 方正小标宋简体 for titles, as government documents are, SimSun being what
 * Word falls back to — footnotes numbered in order, tables, and the page number centred in the footer (— 1 —) on an
 * A4 page with the 公文 margins (GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'

export type RunStyle = { size?: number; bold?: boolean; font?: string }
export type ParagraphStyle = RunStyle & { center?: boolean; indent?: boolean }

/** A piece of a paragraph: plain text, or text with a footnote (a figure and its definition). */
export type Segment = string | { text: string; note: string }

/** XML 1.0 cannot hold control characters: dropped from every text before it is written. */
const clean = (text: string) => text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '')

const BODY_FONT = '仿宋_GB2312'
const fontOf = (eastAsia: string) => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia,
  hint: 'eastAsia',
})

/** One run of text; size in half-points (16 pt = 32). */
const run = (text: string, o: RunStyle = {}) =>
  new TextRun({ text: clean(text), font: fontOf(o.font ?? BODY_FONT), bold: o.bold, size: o.size ?? 32 })

/** 28 pt exact line spacing (560 twentieths of a point), the body's two-character first-line indent. */
const paragraphOf = (children: Array<TextRun | FootnoteReferenceRun>, o: ParagraphStyle) =>
  new Paragraph({
    children,
    alignment: o.center ? AlignmentType.CENTER : undefined,
    indent: o.indent ? { firstLine: 640, firstLineChars: 200 } : undefined,
    spacing: { line: 560, lineRule: LineRuleType.EXACT },
  })

export type TableStyle = { size?: number; header?: boolean }

/** A document built paragraph by paragraph; footnotes numbered in order of appearance. */
export class DocxBuilder {
  private body: Array<Paragraph | Table> = []
  private notes: string[] = []

  text(text: string, o: ParagraphStyle = {}): this {
    this.body.push(paragraphOf([run(text, o)], o))
    return this
  }

  /** A paragraph of segments; each figure carries a footnote with its definition. */
  para(segments: Segment[], o: ParagraphStyle = { indent: true }): this {
    const children = segments.flatMap((s) => {
      if (typeof s === 'string') return [run(s, o)]
      this.notes.push(s.note)
      return [run(s.text, o), new FootnoteReferenceRun(this.notes.length)]
    })
    this.body.push(paragraphOf(children, o))
    return this
  }

  /** A table across the page, every cell centred; the first row bold when it is a header. */
  table(rows: string[][], o: TableStyle = {}): this {
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
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
    const footnotes = Object.fromEntries(
      this.notes.map((note, i) => [
        i + 1,
        { children: [new Paragraph({ children: [run(` ${note}`, { size: 18 })] })] },
      ]),
    )
    const document = new Document({
      styles: {
        default: {
          document: { run: { font: fontOf(BODY_FONT), size: 32, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
        },
      },
      footnotes,
      sections: [
        {
          properties: {
            page: {
              size: { width: 11906, height: 16838 },
              margin: { top: 2098, right: 1474, bottom: 1984, left: 1588, header: 851, footer: 992 },
            },
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [
                    new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontOf('宋体'), size: 28 }),
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
