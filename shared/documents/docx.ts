/**
 * Word documents (.docx, Office Open XML written by hand and zipped with fflate): runs and paragraphs with the
 * East Asian font set explicitly (DESIGN §9) — 仿宋_GB2312 for the body and 方正小标宋简体 for titles, as
 * government documents are, SimSun being what Word falls back to — and footnotes.
 */
import { strToU8, zipSync } from 'fflate'

/** Text for XML: markup escaped, and the characters XML 1.0 cannot hold (control characters) dropped. */
export const esc = (text: string) =>
  text
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

export const fonts = (eastAsia: string) =>
  `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${eastAsia}" w:hint="eastAsia"/>`

export type RunStyle = { size?: number; bold?: boolean; font?: string }

/** One run of text; size in half-points (16 pt = 32). */
export const run = (text: string, o: RunStyle = {}) =>
  `<w:r><w:rPr>${fonts(o.font ?? '仿宋_GB2312')}${o.bold ? '<w:b/>' : ''}<w:sz w:val="${o.size ?? 32}"/><w:szCs w:val="${o.size ?? 32}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`

export type ParagraphStyle = RunStyle & { center?: boolean; indent?: boolean }

const paragraphXml = (runs: string, o: ParagraphStyle) =>
  `<w:p><w:pPr>${o.center ? '<w:jc w:val="center"/>' : ''}${o.indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : ''}<w:spacing w:line="560" w:lineRule="exact"/></w:pPr>${runs}</w:p>`

export const paragraph = (text: string, o: ParagraphStyle = {}) => paragraphXml(run(text, o), o)

/** A piece of a paragraph: plain text, or text with a footnote (a figure and its definition). */
export type Segment = string | { text: string; note: string }

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

/** A document built paragraph by paragraph; footnotes numbered in order of appearance. */
export class DocxBuilder {
  private body: string[] = []
  private notes: string[] = []

  raw(xml: string): this {
    this.body.push(xml)
    return this
  }

  text(text: string, o: ParagraphStyle = {}): this {
    return this.raw(paragraph(text, o))
  }

  /** A paragraph of segments; each figure carries a footnote with its definition. */
  para(segments: Segment[], o: ParagraphStyle = { indent: true }): this {
    const runs = segments
      .map((s) => {
        if (typeof s === 'string') return run(s, o)
        this.notes.push(s.note)
        const id = this.notes.length
        return `${run(s.text, o)}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`
      })
      .join('')
    return this.raw(paragraphXml(runs, o))
  }

  build(): Uint8Array {
    const document = `${HEADER}<w:document ${W}><w:body>${this.body.join('')}<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
    const styles = `${HEADER}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>${fonts('仿宋_GB2312')}<w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`
    const footnotes =
      `${HEADER}<w:footnotes ${W}>` +
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
      this.notes
        .map(
          (note, i) =>
            `<w:footnote w:id="${i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>${run(` ${note}`, { size: 18 })}</w:p></w:footnote>`,
        )
        .join('') +
      '</w:footnotes>'
    return zipSync({
      '[Content_Types].xml': strToU8(
        `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`,
      ),
      '_rels/.rels': strToU8(
        `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
      'word/_rels/document.xml.rels': strToU8(
        `${HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
      ),
      'word/document.xml': strToU8(document),
      'word/styles.xml': strToU8(styles),
      'word/footnotes.xml': strToU8(footnotes),
    })
  }
}
