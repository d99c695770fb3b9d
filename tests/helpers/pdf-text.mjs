/**
 * Prints the text of a PDF, page by page, as pdf.js (Firefox's PDF reader) reads it: `node pdf-text.mjs FILE`.
 * Run as its own process because pdf.js does not load inside Jest's module sandbox.
 */
import fs from 'node:fs'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const data = new Uint8Array(fs.readFileSync(process.argv[2]))
const reader = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
const pages = []
for (let n = 1; n <= reader.numPages; n++) {
  const content = await (await reader.getPage(n)).getTextContent()
  pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''))
}
process.stdout.write(JSON.stringify(pages))
