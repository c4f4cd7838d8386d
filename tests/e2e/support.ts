import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, type Download, type Locator, type Page } from '@playwright/test'

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

/** The save status in the header: visible text for the eye, a polite status for a screen reader. */
export const saveStatus = (page: Page) => page.getByRole('banner')

/** Waits until the autosave has written the latest change. */
export async function expectSaved(page: Page) {
  try {
    // The screen-reader status keeps the last save's time while a new one is pending: check both.
    await expect(page.getByText('Wijzigingen worden bewaard…')).toHaveCount(0)
    await expect(
      saveStatus(page)
        .getByRole('status')
        .filter({ hasText: /^Bewaard om/ }),
    ).toBeAttached()
  } catch (error) {
    const shown = await saveStatus(page)
      .innerText()
      .catch(() => '')
    throw new Error(`${(error as Error).message}\nThe header says: ${JSON.stringify(shown)}`, {
      cause: error,
    })
  }
}

/** Where screenshots go for a person to look at (git-ignored). */
export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage })

/** Writes a file under test-results/ for a person to look at. */
export function keep(path: string, data: string | Buffer) {
  mkdirSync(path.replace(/\/[^/]*$/, ''), { recursive: true })
  writeFileSync(path, data)
}

/**
 * The accessibility tree of the page's main region as a screen reader gets it, in reading order; also
 * written to test-results/aria/<name>.yml for a person to read.
 */
export async function readAloud(page: Page, name: string, root: Locator = page.getByRole('main')) {
  const tree = await root.ariaSnapshot()
  keep(`test-results/aria/${name}.yml`, tree)
  return tree
}

/** Records every request the page makes, to check that none leaves the app's own origin. */
export function recordRequests(page: Page): () => string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return () => {
    const origin = new URL(page.url()).origin
    return urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
  }
}

/** The start page, "Mijn klantreizen". */
export async function home(page: Page) {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klantreizen' })).toBeVisible()
}

/** The titles of the drafts listed on the start page. */
export const draftTitles = (page: Page) =>
  page
    .getByRole('region', { name: 'Bewaarde klantreizen' })
    .getByRole('heading', { level: 3 })
    .allInnerTexts()

/** Opens a journey file through "Open een bestand". */
export async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open een bestand' }).click()
  await (await chooser).setFiles(file)
}

/** The wizard's list of steps. */
export const stepper = (page: Page) => page.getByRole('navigation', { name: 'Stappen' })

/** Opens a step through the stepper ("4. Activiteiten …"). */
export const goToStep = (page: Page, title: string) =>
  stepper(page)
    .getByRole('link', { name: new RegExp(`^\\d\\. ${title}`) })
    .click()

/** A step's heading, which gets focus when the step opens. */
export const expectStep = (page: Page, title: string) =>
  expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused()

/** A phase or lane chip of the picker at the top of a per-phase step. */
export const phaseChip = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Kies een fase' }).getByRole('button', { name: new RegExp(`^${name}\\b`) })
export const laneChip = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Van wie?' }).getByRole('button', { name, exact: true })

/** Chooses the option of a select whose label contains `text` (option labels shorten long texts). */
export async function chooseOption(select: Locator, text: string) {
  const label = await select.locator('option', { hasText: text }).first().innerText()
  await select.selectOption({ label: label.trim() })
}

/** The text of a downloaded file, and its suggested name. */
export async function downloaded(page: Page, click: () => Promise<unknown>, timeout = 60_000) {
  const download: Promise<Download> = page.waitForEvent('download', { timeout })
  await click()
  const file = await download
  return { name: file.suggestedFilename(), data: readFileSync(await file.path()) }
}

/** The journey as this browser stores it (localStorage is shared by the tabs of a context). */
export const storedJourney = (page: Page, id: string) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : null
  }, `klantreis:journey:${id}`)

/** The id of the journey open in the wizard or on the map, from the URL. */
export const journeyIdOf = (page: Page) => /#\/journey\/([^/]+)\//.exec(page.url())?.[1] ?? ''

/** Fills what is left of the browser's storage, the way a week of large drafts would. */
export async function fillStorage(page: Page) {
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024)
    let i = 0
    for (let size = chunk.length; size >= 16;) {
      try {
        localStorage.setItem(`opvulling-${i++}`, chunk.slice(0, size))
      } catch {
        size = Math.floor(size / 2)
      }
    }
  })
}

/** Sideways scroll of the whole page, in pixels (0 when the page reflows to the window). */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
