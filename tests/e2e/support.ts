import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, type Page } from '@playwright/test'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, context = '') {
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected inline <script>.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] }
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<Result> } }).axe
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return result.violations.map(
      (v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
  })
  expect(violations, `axe violations ${context}`).toEqual([])
}

/** Waits until the autosave has written the latest change. */
export async function expectSaved(page: Page) {
  // The screen-reader status keeps the last save's time while a new one is pending: check both.
  await expect(page.getByText('Wijzigingen worden bewaard…')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: /^Bewaard om/ })).toBeAttached()
}

/** Where screenshots go for a person to look at (git-ignored). */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })

/** Records every request the page makes, to check that none leaves the app's own origin. */
export function recordRequests(page: Page): () => string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return () => {
    const origin = new URL(page.url()).origin
    return urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
  }
}
