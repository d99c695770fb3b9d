/**
 * A PDF built paragraph by paragraph with the same calls as the Word builder (docx.ts): A4, the Chinese font
 * embedded (Noto Sans SC, SIL Open Font License, from @expo-google-fonts/noto-sans-sc; only the glyphs used are
 * written, so a report weighs tens of kilobytes), each figure numbered and its definition in the notes (注释) at
 * the end. pdfkit writes the text with its Unicode map, so the PDF can be searched and its text copied.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import PDFDocument from 'pdfkit'

import type { ParagraphStyle, Segment } from './docx'

const FONTS = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
}

/** The font files, read once (10 MB each). */
const loaded = new Map<string, Buffer>()
function font(file: string): Buffer {
  let data = loaded.get(file)
  if (!data) {
    let found: string
    try {
      found = createRequire(import.meta.url).resolve(file)
    } catch {
      // Bundled (the admin's server code): from the project's own node_modules.
      found = path.join(process.cwd(), 'node_modules', file)
    }
    data = fs.readFileSync(found)
    loaded.set(file, data)
  }
  return data
}

// Word's half-points (docx.ts sizes) to PDF points.
const points = (halfPoints: number | undefined, fallback: number) => (halfPoints ? halfPoints / 2 : fallback)
const BODY = 14
const INDENT = 2 * BODY

export class PdfBuilder {
  private doc: PDFKit.PDFDocument
  private notes: string[] = []
  private chunks: Buffer[] = []
  private done: Promise<void>

  constructor(title: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: 80, right: 72 },
      info: { Title: title, Creator: '分类 Fenlei' },
      lang: 'zh-CN',
      displayTitle: true,
    } as PDFKit.PDFDocumentOptions)
    this.doc.registerFont('regular', font(FONTS.regular))
    this.doc.registerFont('bold', font(FONTS.bold))
    this.doc.font('regular').fontSize(BODY)
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c))
      this.doc.on('end', () => resolve())
      this.doc.on('error', reject)
    })
    // Awaited in build(); an error before then is not an unhandled rejection.
    this.done.catch(() => undefined)
  }

  private options(o: ParagraphStyle) {
    return {
      align: o.center ? ('center' as const) : ('justify' as const),
      indent: o.indent ? INDENT : 0,
      lineGap: 6,
      paragraphGap: 8,
    }
  }

  text(text: string, o: ParagraphStyle = {}): this {
    this.doc
      .font(o.bold || (o.size ?? 0) > 32 ? 'bold' : 'regular')
      .fontSize(points(o.size, BODY))
      .text(text, this.options(o))
    this.doc.font('regular').fontSize(BODY)
    return this
  }

  /** A paragraph of segments; each figure carries a numbered note with its definition. */
  para(segments: Segment[], o: ParagraphStyle = { indent: true }): this {
    const parts = segments.flatMap((s) => {
      if (typeof s === 'string') return [{ text: s, small: false }]
      this.notes.push(s.note)
      return [
        { text: s.text, small: false },
        { text: `[${this.notes.length}]`, small: true },
      ]
    })
    parts.forEach((p, i) => {
      this.doc
        .font('regular')
        .fontSize(p.small ? 8 : BODY)
        .text(p.text, { ...this.options(o), continued: i < parts.length - 1 })
    })
    this.doc.fontSize(BODY)
    return this
  }

  async build(): Promise<Uint8Array> {
    if (this.notes.length) {
      this.doc.moveDown()
      this.doc.font('bold').fontSize(12).text('注释', { lineGap: 4 })
      this.doc.font('regular').fontSize(9)
      this.notes.forEach((note, i) => this.doc.text(`[${i + 1}] ${note}`, { lineGap: 2, paragraphGap: 2 }))
    }
    this.doc.end()
    await this.done
    return new Uint8Array(Buffer.concat(this.chunks))
  }
}
