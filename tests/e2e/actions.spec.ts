import { expect, test } from '@playwright/test'
import { downloaded, expectNoAxeViolations, expectSaved, keep, shot } from './support'
import { plantJourneys } from './fixtures'
import { readPdf, squash } from './pdf'
import { actionFields, actionOrder, actionsJourney, expectBytes, readDocx } from './actionsSupport'

const OWNER = 'Łukasz Őrs'

test('from the map to action: owners and status on the action page, sorted, and in CSV, PDF and Word', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await plantJourneys(page, [actionsJourney])
  const scripts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
  await page.goto(`./#/journey/${actionsJourney.id}/map`)
  await page.getByRole('link', { name: 'Acties', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Van kaart naar actie' })).toBeFocused()
  await expect(page).toHaveTitle(`Acties – ${actionsJourney.title}`)

  // The weighed one first, then what was weighed low, then what was not weighed at all.
  const opportunityOf = (text: string) =>
    page.getByRole('listitem').filter({ hasText: text }).getByRole('heading', { level: 2 }).innerText()
  const weighed = await opportunityOf('Herinneringen sturen via de eBox')
  const fixture = await opportunityOf('Gegevens over het voertuig automatisch ophalen')
  const open = await opportunityOf('Het inschrijvingsbewijs zelf opvragen')
  expect(await actionOrder(page)).toEqual([weighed, fixture, open])
  await expectNoAxeViolations(page, 'action page')

  // Give the last one an owner, a status and a large effect for little effort: it becomes a quick win.
  const n = Number(open.replace(/\D/g, ''))
  const fields = actionFields(page, n)
  await fields.getByLabel('Wie neemt het op?').fill(OWNER)
  await fields.getByLabel('Volgende stap').fill('Vragen of het inschrijvingsbewijs; online kan')
  await fields.getByLabel('Stand van zaken').selectOption({ label: 'Bezig' })
  await fields.getByLabel('Effect voor de burger').selectOption({ label: 'Groot' })
  await fields.getByLabel('Moeite').selectOption({ label: 'Klein' })
  await fields.getByLabel('Tegen wanneer?').fill('2027-06-15')
  // The list keeps its order while one is editing, and says it can be sorted again.
  expect(await actionOrder(page)).toEqual([weighed, fixture, open])
  await page.getByRole('button', { name: 'Sorteer opnieuw' }).click()
  expect(await actionOrder(page)).toEqual([open, weighed, fixture])
  await expect(page.getByRole('listitem').first()).toContainText('Veel effect, weinig moeite')
  await expectSaved(page)

  // Every change is one the journey's history can undo, here as in the wizard.
  const other = actionFields(page, Number(weighed.replace(/\D/g, '')))
  await other.getByLabel('Volgende stap').fill('Iets anders')
  await page.getByRole('button', { name: /^Ongedaan maken/ }).click()
  await expect(
    actionFields(page, Number(weighed.replace(/\D/g, ''))).getByLabel('Volgende stap'),
  ).toHaveValue('Navragen bij de eBox-ploeg')
  await expect(actionFields(page, n).getByLabel('Wie neemt het op?')).toHaveValue(OWNER)
  // Ctrl+Z while typing: the field keeps the focus.
  await other.getByLabel('Volgende stap').fill('Nog iets anders')
  await page.keyboard.press('Control+z')
  await expect(other.getByLabel('Volgende stap')).toHaveValue('Navragen bij de eBox-ploeg')
  await expect(other.getByLabel('Volgende stap')).toBeFocused()

  // Only what is under way.
  await page.getByLabel('Toon').selectOption({ label: 'Enkel: Bezig (1)' })
  expect(await actionOrder(page)).toEqual([open])
  await expect(page.getByText('1 van 3 getoond')).toBeVisible()
  await expectNoAxeViolations(page, 'action page, filtered')
  await page.getByLabel('Toon').selectOption({ label: 'Alle opportuniteiten (3)' })

  await page.setViewportSize({ width: 1280, height: 900 })
  await shot(page, 'actions-1280')
  await page.setViewportSize({ width: 390, height: 844 })
  await shot(page, 'actions-390')
  await shot(page, 'actions-390-top', false)
  await actionFields(page, n).scrollIntoViewIfNeeded()
  await shot(page, 'actions-390-fields', false)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0)
  await page.setViewportSize({ width: 1400, height: 1000 })

  // CSV for Excel in nl-BE: a byte order mark, ';' between cells, CRLF, the names in UTF-8.
  const csv = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download als CSV (Excel)' }).click(),
  )
  expect(csv.name).toBe('klantreis-een-parkeerkaart-aanvragen-van-kaart-naar-actie-acties.csv')
  expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  await expectBytes(csv.data, OWNER)
  expect(csv.data.includes(Buffer.from([0xc5, 0x81]))).toBe(true)
  const rows = csv.data.subarray(3).toString('utf8').split('\r\n')
  expect(rows[0]).toBe(
    'Volgorde;Nummer op de kaart;Opportuniteit;Komt van moment;Stap;Fase;Lijn;Wie neemt het op;Volgende stap;Stand van zaken;Effect voor de burger;Moeite;Tegen wanneer',
  )
  expect(rows[1]).toContain(
    `;${OWNER};"Vragen of het inschrijvingsbewijs; online kan";Bezig;Groot;Klein;15/06/2027`,
  )
  expect(rows).toHaveLength(5)
  await expect(page.getByRole('status').filter({ hasText: 'Klaar: klantreis-' })).toBeVisible()

  // The PDF of the actions: the same page as at the end of the map's PDF, as text.
  const pdf = await downloaded(page, () => page.getByRole('button', { name: 'PDF van de acties' }).click())
  expect(pdf.name).toMatch(/-acties\.pdf$/)
  keep('test-results/actions/acties.pdf', pdf.data)
  const pages = await readPdf(pdf.data)
  expect(pages).toHaveLength(1)
  const text = squash(pages[0]!.text)
  for (const words of [
    'Van kaart naar actie',
    OWNER,
    'Bezig',
    'Effect: groot',
    '15/06/2027',
    'Dienst communicatie',
  ])
    expect(text, words).toContain(squash(words))
  expect(text.indexOf(squash(OWNER))).toBeLessThan(text.indexOf(squash('Dienst communicatie')))

  // The Word report, read back: real headings and tables. Its library is fetched only now.
  expect(scripts.filter((url) => /exportDocx|exportPagePngs/.test(url))).toEqual([])
  const docx = await downloaded(page, () => page.getByRole('button', { name: 'Word-verslag' }).click())
  expect(docx.name).toMatch(/-verslag\.docx$/)
  keep('test-results/actions/verslag.docx', docx.data)
  expect(scripts.some((url) => /exportDocx/.test(url))).toBe(true)
  const report = await readDocx(docx.data)
  expect(report.tags('h1')).toEqual([actionsJourney.title])
  expect(report.tags('h2')).toEqual(
    expect.arrayContaining([
      'Samenvatting',
      'De reis, fase per fase',
      'Opportuniteiten en acties',
      'De kaart',
    ]),
  )
  expect(report.tags('h3')).toContain(`Fase 1: ${actionsJourney.phases[0]!.name}`)
  const tables = report.html.match(/<table>.*?<\/table>/g) ?? []
  expect(tables.length).toBeGreaterThanOrEqual(2)
  const actions = tables.find((t) => t.includes('Wie neemt het op'))!
  expect(actions).toContain(OWNER)
  expect(actions.indexOf(OWNER)).toBeLessThan(actions.indexOf('Dienst communicatie'))
  // The map's pages are in it as images, each with its description.
  expect(report.html.match(/<img [^>]*alt="Beeld van de kaart, /g)?.length).toBeGreaterThanOrEqual(2)
})

test('the map PDF ends with the action page', async ({ page }) => {
  await plantJourneys(page, [actionsJourney])
  await page.goto(`./#/journey/${actionsJourney.id}/map`)
  const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Download als PDF' }).click())
  keep('test-results/actions/kaart.pdf', pdf.data)
  const pages = await readPdf(pdf.data)
  const last = squash(pages.at(-1)!.text)
  expect(last).toContain(squash('Van kaart naar actie'))
  expect(last).toContain(squash('Herinneringen sturen via de eBox in plaats van per mail'))
  expect(last).toContain(squash('Dienst communicatie'))
})

test('a journey without opportunities says where to make them', async ({ page }) => {
  await plantJourneys(page, [{ ...actionsJourney, id: 'journey-no-actions', insights: [] }])
  await page.goto('./#/journey/journey-no-actions/actions')
  await expect(page.getByText('Deze kaart heeft nog geen opportuniteiten.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download als CSV (Excel)' })).toBeDisabled()
  await page.getByRole('link', { name: 'Maak ze in stap 7: noden en opportuniteiten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Noden en opportuniteiten' })).toBeFocused()
})
