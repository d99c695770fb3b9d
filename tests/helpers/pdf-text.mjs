/**
 * Prints the text of a PDF, page by page, as pdf.js (Firefox's PDF reader) reads it: `node pdf-text.mjs FILE`.
 * With `--items`, each page's text pieces instead, where they stand: `{ s, x, y, w, size, font }` (x and y of the
 * baseline's start in points from the page's bottom left, the width, the font size, the embedded font's name).
 * Run as its own process because pdf.js does not load inside Jest's module sandbox.
 */
import fs from 'node:fs'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

const items = process.argv.includes('--items')
const file = process.argv.slice(2).find((a) => !a.startsWith('--'))
const data = new Uint8Array(fs.readFileSync(file))
const reader = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
const pages = []
for (let n = 1; n <= reader.numPages; n++) {
  const page = await reader.getPage(n)
  const content = await page.getTextContent()
  if (!items) {
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''))
    continue
  }
  // The font's name as the PDF gives it (BaseFont), not pdf.js's own id for it.
  await page.getOperatorList()
  const names = {}
  for (const i of content.items) {
    if ('str' in i && !(i.fontName in names)) {
      const font = page.commonObjs.has(i.fontName) ? page.commonObjs.get(i.fontName) : null
      names[i.fontName] = font?.name ?? i.fontName
    }
  }
  pages.push(
    content.items
      .filter((i) => 'str' in i && i.str.trim())
      .map((i) => ({
        s: i.str,
        x: Math.round(i.transform[4] * 100) / 100,
        y: Math.round(i.transform[5] * 100) / 100,
        w: Math.round(i.width * 100) / 100,
        size: Math.round(Math.hypot(i.transform[2], i.transform[3]) * 100) / 100,
        font: names[i.fontName],
      })),
  )
}
process.stdout.write(JSON.stringify(pages))
