/**
 * Real Chromium for the admin tests (Debian's `chromium`, driven by playwright-core; never a downloaded
 * browser). Every request that leaves localhost is blocked and recorded, and every console error is
 * kept, so a test can assert that a page needs nothing from outside and logs nothing wrong.
 */
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SHOTS = path.resolve('test-results', 'screenshots')

/** Chromium is a system package: installed here when we are root, else the one command to run. */
export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return
  if (process.getuid?.() === 0) {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
      stdio: 'inherit',
    })
    if (fs.existsSync(CHROMIUM)) return
  }
  throw new Error(
    `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium fonts-noto-cjk`,
  )
}

export type Session = { context: BrowserContext; page: Page; blocked: string[]; consoleErrors: string[] }

export async function launch(): Promise<Browser> {
  ensureChromium()
  fs.mkdirSync(SHOTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  })
}

/** A browser session as a person in the district sees it: Chinese, Shanghai time, no internet. */
export async function session(
  browser: Browser,
  o: { locale?: 'zh-CN' | 'en-US'; width?: number; height?: number; javaScript?: boolean } = {},
): Promise<Session> {
  const context = await browser.newContext({
    locale: o.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: o.width ?? 1280, height: o.height ?? 900 },
    javaScriptEnabled: o.javaScript ?? true,
    extraHTTPHeaders: { 'Accept-Language': o.locale === 'en-US' ? 'en' : 'zh-CN,zh;q=0.9' },
  })
  const blocked: string[] = []
  const consoleErrors: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue()
    blocked.push(url.href)
    return route.abort()
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  return { context, page, blocked, consoleErrors }
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle')
  // caret 'initial': Playwright's default hides the caret by styling inputs, which React then reports as a
  // hydration mismatch when the page is still hydrating.
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, caret: 'initial' })
}

/** Picks an option of a Payload select or relationship field by typing part of it. */
export async function choose(page: Page, field: string, text: string): Promise<void> {
  const input = page.locator(`#field-${field} .rs__input`).first()
  await input.click()
  await input.fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}
