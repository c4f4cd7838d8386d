import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, expectSaved, recordRequests, shot } from './support'

/**
 * A civil servant of an OCMW maps one real case: a job seeker guided to work in an "artikel 60" placement,
 * with the OCMW's own steps in the provider lane and the employer in an extra user lane.
 */
const J = {
  title: 'Van leefloon naar werk via artikel 60',
  case: 'Sara (34) leeft van een leefloon en vindt via een artikel 60-tewerkstelling werk bij een woonzorgcentrum.',
  goal: 'Minder tijd verliezen tussen de eerste vraag naar werk en de start van de tewerkstelling.',
  persona: {
    name: 'Sara',
    description: 'Alleenstaande moeder, weinig digitaal vaardig.',
    needs: 'Duidelijke afspraken en opvang voor haar kind.',
  },
  employer: 'Werkgever',
  phases: ['Bewustwording', 'Oriëntatie', 'Actie'],
  citizen: [
    'Sara hoort van haar maatschappelijk werker dat artikel 60 bestaat.',
    'Sara zoekt uitleg op de website van het OCMW.',
    'Sara tekent het contract bij het OCMW.',
  ],
  provider: 'De trajectbegeleider plant een intakegesprek.',
  employerActivity: 'Het woonzorgcentrum stelt de werkplek voor aan Sara.',
  touchpoints: [
    'Gesprek op het sociaal huis',
    'Pagina over werk op de OCMW-website',
    'Ondertekening aan het onthaal',
  ],
  positive: 'De maatschappelijk werker neemt echt de tijd voor haar vragen.',
  negative: 'De uitleg op de website is vol vakjargon en Sara haakt af.',
  improvements: ['Schrijf de uitleg in eenvoudige taal.', 'Zet een telefoonnummer bij de uitleg.'],
  strength: 'De pagina staat hoog in de zoekresultaten.',
  need: 'Sara heeft begrijpelijke informatie nodig vóór het eerste gesprek.',
  opportunity: 'Een korte video in eenvoudige taal op de website.',
  figure: { label: 'Gemiddelde tijd tot start tewerkstelling', value: '9', unit: 'weken' },
  quote: {
    text: '“Ik begreep pas bij het gesprek wat artikel 60 eigenlijk was.”',
    role: 'Alleenstaande moeder, 34 jaar',
  },
  imageAlt: 'Schermafbeelding van de OCMW-pagina over werk',
}

const next = (page: Page) => page.getByRole('button', { name: 'Volgende stap' }).click()
const heading = (page: Page, name: string) =>
  expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
const chip = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) })
/** A 2400×1200 photo-like PNG drawn in the page, so the test needs no binary fixture. */
async function makePng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 2400
    canvas.height = 1200
    const ctx = canvas.getContext('2d')!
    const gradient = ctx.createLinearGradient(0, 0, 2400, 1200)
    gradient.addColorStop(0, '#1d4f91')
    gradient.addColorStop(1, '#ffbf47')
    ctx.fillStyle = gradient
    ctx.fillRect(0, 0, 2400, 1200)
    ctx.fillStyle = '#fff'
    ctx.font = 'bold 160px sans-serif'
    ctx.fillText('OCMW werk', 200, 650)
    return canvas.toDataURL('image/png')
  })
  return Buffer.from(dataUrl.split(',')[1]!, 'base64')
}

test('a civil servant maps a whole journey, reloads, switches journeys and finds everything back', async ({
  page,
}) => {
  const foreignRequests = recordRequests(page)
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klantreizen' })).toBeVisible()
  await expectNoAxeViolations(page, 'start page, empty')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()

  // Step 1: goal and case.
  await heading(page, 'Doel en casus')
  await page.getByLabel('Titel van de klantreis').fill(J.title)
  await page.getByLabel('De casus die je volgt').fill(J.case)
  await page.getByLabel('Doel van de klantreis').fill(J.goal)
  await expectNoAxeViolations(page, 'step 1')
  await shot(page, 'step-1-goal')
  await next(page)

  // Step 2: who is central; the goal stays in sight.
  await heading(page, 'Wie staat centraal')
  await expect(page.getByRole('region', { name: 'Je klantreis' })).toContainText(J.goal)
  await page.getByRole('button', { name: 'Persona toevoegen' }).click()
  await page.getByLabel('Naam van de persona').fill(J.persona.name)
  await page.getByLabel('Korte beschrijving').fill(J.persona.description)
  await page.getByLabel('Behoeften').fill(J.persona.needs)
  await expect(page.getByLabel('Toon de stappen van de dienstverlener in een eigen baan')).toBeChecked()
  await page.getByRole('button', { name: 'Extra gebruiker toevoegen' }).click()
  await page.getByLabel('Naam van extra gebruiker 1').fill(J.employer)
  await expectNoAxeViolations(page, 'step 2')
  await shot(page, 'step-2-central')
  await next(page)

  // Step 3: the method's six phases in one click, trimmed and reordered with buttons.
  await heading(page, 'Fases')
  await page.getByRole('button', { name: 'Begin met de zes fases van de methode' }).click()
  await expect(page.getByLabel('Naam van fase 6')).toHaveValue('Nazorg')
  for (const n of [6, 5, 3]) await page.getByRole('button', { name: `Fase ${n} verwijderen` }).click()
  await expect(page.getByLabel(/^Naam van fase \d$/)).toHaveCount(3)
  await page.getByRole('button', { name: 'Fase 3 omhoog' }).click()
  await expect(page.getByLabel('Naam van fase 2')).toHaveValue('Actie')
  await page.getByRole('button', { name: 'Fase 2 omlaag' }).click()
  await expect(page.getByLabel('Naam van fase 3')).toHaveValue('Actie')
  await page.getByLabel('Wat gebeurt er in fase 2?').fill('Sara zoekt uit wat een tewerkstelling inhoudt.')
  await expectNoAxeViolations(page, 'step 3')
  await shot(page, 'step-3-phases')
  await next(page)

  // Step 4: activities per phase and lane.
  await heading(page, 'Activiteiten')
  for (const [i, phase] of J.phases.entries()) {
    await chip(page, phase).click()
    await page.getByRole('button', { name: 'Activiteit toevoegen' }).click()
    await page.getByLabel('Wat doet Burger in activiteit 1?').fill(J.citizen[i]!)
  }
  await chip(page, 'Oriëntatie').click()
  await chip(page, 'Dienstverlener').click()
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click()
  await page.getByLabel('Wat doet Dienstverlener in activiteit 1?').fill(J.provider)
  await chip(page, 'Actie').click()
  await chip(page, J.employer).click()
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click()
  await page.getByLabel(`Wat doet ${J.employer} in activiteit 1?`).fill(J.employerActivity)
  await expectNoAxeViolations(page, 'step 4')
  await shot(page, 'step-4-activities')
  await next(page)

  // Step 5: a touchpoint in every phase, with its channel and mode.
  await heading(page, 'Contactpunten')
  const channels = ['Loket of onthaal', 'Website of e-loket', 'Loket of onthaal']
  for (const [i, phase] of J.phases.entries()) {
    await chip(page, phase).click()
    await page.getByRole('button', { name: 'Contactpunt toevoegen' }).click()
    await page.getByLabel('Kanaal van contactpunt 1').selectOption({ label: channels[i]! })
    await page.getByLabel('Omschrijving van contactpunt 1').fill(J.touchpoints[i]!)
  }
  await expect(page.getByRole('radio', { name: 'Fysiek' })).toBeChecked()
  await chip(page, 'Oriëntatie').click()
  await expect(page.getByRole('radio', { name: 'Digitaal' })).toBeChecked()
  await expectNoAxeViolations(page, 'step 5')
  await shot(page, 'step-5-touchpoints')
  await next(page)

  // Step 6: moments, an emotion score and the aha-exercise.
  await heading(page, 'Positieve en negatieve momenten')
  await chip(page, 'Bewustwording').click()
  await page.getByRole('button', { name: 'Positief moment toevoegen' }).click()
  await page.getByLabel('Wat gebeurde er? (moment 1)').fill(J.positive)
  await page.getByLabel('Hoe voelde de burger zich? (moment 1)').selectOption({ label: 'Heel positief (+2)' })
  await chip(page, 'Oriëntatie').click()
  await page.getByRole('button', { name: 'Negatief moment toevoegen' }).click()
  await page.getByLabel('Wat gebeurde er? (moment 1)').fill(J.negative)
  await page.getByLabel('Hoe voelde de burger zich? (moment 1)').selectOption({ label: 'Heel negatief (−2)' })
  await page.getByLabel('Dit is een aha-moment').check()
  await page.getByLabel('Punt 1 dat beter kan').fill(J.improvements[0]!)
  await page.getByLabel('Punt 2 dat beter kan').fill(J.improvements[1]!)
  await page.getByRole('button', { name: 'Sterk punt toevoegen' }).click()
  await page.getByLabel('Sterk punt 1').fill(J.strength)
  await expectNoAxeViolations(page, 'step 6')
  await shot(page, 'step-6-moments')
  await next(page)

  // Step 7: needs and opportunities, linked to the aha-moment.
  await heading(page, 'Noden en opportuniteiten')
  await chip(page, 'Oriëntatie').click()
  await page.getByRole('button', { name: 'Nood toevoegen' }).click()
  await page.getByLabel(/^Nood 1/).fill(J.need)
  await page.getByRole('button', { name: 'Opportuniteit toevoegen' }).click()
  await page.getByLabel(/^Opportuniteit 1/).fill(J.opportunity)
  await expectNoAxeViolations(page, 'step 7')
  await shot(page, 'step-7-insights')
  await next(page)

  // Step 8: a figure, a quote and an image (downscaled in the browser).
  await heading(page, 'Aanvullende informatie')
  await page.getByRole('button', { name: 'Cijfer toevoegen' }).click()
  await page.getByLabel('Wat meet cijfer 1?').fill(J.figure.label)
  await page.getByLabel('Waarde').fill(J.figure.value)
  await page.getByLabel('Eenheid (optioneel)').fill(J.figure.unit)
  await page.getByRole('button', { name: 'Uitspraak toevoegen' }).click()
  await page.getByLabel('Wat werd er gezegd? (uitspraak 1)').fill(J.quote.text)
  await page.getByLabel('Door wie? Noem een rol, geen naam').fill(J.quote.role)
  await page.getByLabel('Bij welke fase? (optioneel)').last().selectOption({ label: 'Oriëntatie' })
  const png = await makePng(page)
  await page
    .getByLabel('Beeld toevoegen')
    .setInputFiles({ name: 'scherm.png', mimeType: 'image/png', buffer: png })
  await page.getByLabel('Beschrijving voor wie het beeld niet ziet').fill(J.imageAlt)
  // Downscaled in the browser before it is stored: at most 1200 px on its longest side.
  await expect(page.getByRole('img', { name: J.imageAlt })).toHaveAttribute('width', '1200')
  await expect(page.getByRole('img', { name: J.imageAlt })).toHaveAttribute('height', '600')
  await page.getByRole('button', { name: 'Klaar' }).click()
  await expect(page.getByText('Alle stappen die nodig zijn, zijn volledig.')).toBeVisible()
  await expectNoAxeViolations(page, 'step 8')
  await shot(page, 'step-8-extra')
  const stepper = page.getByRole('navigation', { name: 'Stappen' })
  await expect(stepper.getByText('volledig', { exact: true })).toHaveCount(8)
  await expectSaved(page)

  // Reload: the draft reopens where it was, and every value is back on its step.
  await page.reload()
  await heading(page, 'Aanvullende informatie')
  await expect(page.getByLabel('Wat meet cijfer 1?')).toHaveValue(J.figure.label)
  await expect(page.getByLabel('Door wie? Noem een rol, geen naam')).toHaveValue(J.quote.role)
  await expect(page.getByRole('img', { name: J.imageAlt })).toBeVisible()
  await stepper.getByRole('link', { name: /Doel en casus/ }).click()
  await expect(page.getByLabel('De casus die je volgt')).toHaveValue(J.case)
  await stepper.getByRole('link', { name: /Wie staat centraal/ }).click()
  await expect(page.getByLabel('Behoeften')).toHaveValue(J.persona.needs)
  await expect(page.getByLabel('Naam van extra gebruiker 1')).toHaveValue(J.employer)
  await stepper.getByRole('link', { name: /Fases/ }).click()
  for (const [i, name] of J.phases.entries())
    await expect(page.getByLabel(`Naam van fase ${i + 1}`)).toHaveValue(name)
  await stepper.getByRole('link', { name: /Activiteiten/ }).click()
  await chip(page, 'Actie').click()
  await chip(page, J.employer).click()
  await expect(page.getByLabel(`Wat doet ${J.employer} in activiteit 1?`)).toHaveValue(J.employerActivity)
  await stepper.getByRole('link', { name: /Contactpunten/ }).click()
  await chip(page, 'Oriëntatie').click()
  await expect(page.getByLabel('Kanaal van contactpunt 1').locator('option:checked')).toHaveText(channels[1]!)
  await expect(page.getByLabel('Omschrijving van contactpunt 1')).toHaveValue(J.touchpoints[1]!)
  await stepper.getByRole('link', { name: /Positieve en negatieve/ }).click()
  await chip(page, 'Oriëntatie').click()
  await expect(page.getByLabel('Dit is een aha-moment')).toBeChecked()
  await expect(page.getByLabel('Punt 2 dat beter kan')).toHaveValue(J.improvements[1]!)
  await stepper.getByRole('link', { name: /Noden en opportuniteiten/ }).click()
  await chip(page, 'Oriëntatie').click()
  await expect(page.getByLabel(/^Opportuniteit 1/)).toHaveValue(J.opportunity)

  // A second journey, then back to the first: it opens on the step last worked on.
  await page.getByRole('link', { name: 'Mijn klantreizen' }).first().click()
  await expect(page.getByText('7 van 7 stappen volledig')).toBeVisible()
  await expectNoAxeViolations(page, 'start page with a draft')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('Titel van de klantreis').fill('Een parkeerkaart aanvragen')
  await expectSaved(page)
  await page.getByRole('link', { name: 'Mijn klantreizen' }).first().click()
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Een parkeerkaart aanvragen', J.title])
  await shot(page, 'start-with-drafts')
  await page.getByRole('button', { name: `Openen: ${J.title}` }).click()
  await heading(page, 'Noden en opportuniteiten')
  await expect(page.getByRole('region', { name: 'Je klantreis' })).toContainText(J.case)
  // Nothing leaves the browser: every request of the whole journey went to the app's own origin.
  expect(foreignRequests()).toEqual([])
})

test('a step submitted with a missing field shows an error summary that leads to the field', async ({
  page,
}) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('De casus die je volgt').fill('Een inwoner verliest haar identiteitskaart.')
  await next(page)

  // In the order of the form (title above goal), not vee-validate's order of paths.
  const summary = page.getByRole('alert').filter({ hasText: 'Deze stap is nog niet volledig' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText([
    'Titel van de klantreis: Geef de klantreis een titel.',
    'Doel van de klantreis: Schrijf op wat je met de klantreis wil bereiken.',
  ])
  await expect(page.locator('.field__error').getByText('Geef de klantreis een titel.')).toBeVisible()
  await expect(page.getByLabel('Titel van de klantreis')).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page, 'step 1 with errors')
  await shot(page, 'step-1-errors')
  await summary.getByRole('link', { name: /Doel van de klantreis/ }).click()
  await expect(page.getByLabel('Doel van de klantreis')).toBeFocused()
  await page.getByLabel('Titel van de klantreis').fill('Een identiteitskaart aanvragen')

  // A rule about another phase: the summary shows that phase before it focuses what fixes it.
  const stepper = page.getByRole('navigation', { name: 'Stappen' })
  await stepper.getByRole('link', { name: /Fases/ }).click()
  await page.getByRole('button', { name: 'Begin met de zes fases van de methode' }).click()
  await stepper.getByRole('link', { name: /Activiteiten/ }).click()
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click()
  await page.getByLabel('Wat doet Burger in activiteit 1?').fill('Leest een folder in de wachtzaal.')
  await next(page)
  await expect(summary).toBeFocused()
  await summary.getByRole('link', { name: /Fase “Nazorg” heeft nog geen activiteit/ }).click()
  await expect(chip(page, 'Nazorg')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: 'Activiteit toevoegen' })).toBeFocused()
  await expectNoAxeViolations(page, 'step 4 with errors')

  // The user may still move on: a draft may be incomplete.
  await summary.getByRole('button', { name: 'Toch naar de volgende stap' }).click()
  await heading(page, 'Contactpunten')
})

test('a draft is deleted only after the user confirms', async ({ page }) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByLabel('Titel van de klantreis').fill('Een bewonerskaart aanvragen')
  await expectSaved(page)
  await page.getByRole('link', { name: 'Mijn klantreizen' }).first().click()

  await page.getByRole('button', { name: 'Verwijderen: Een bewonerskaart aanvragen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Klantreis verwijderen?' })
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page, 'delete dialog')
  await shot(page, 'start-delete-dialog')
  await dialog.getByRole('button', { name: 'Annuleren' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 3, name: 'Een bewonerskaart aanvragen' })).toBeVisible()

  await page.getByRole('button', { name: 'Verwijderen: Een bewonerskaart aanvragen' }).click()
  await dialog.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByText('Je hebt nog geen klantreis.')).toBeVisible()
  await page.reload()
  await expect(page.getByText('Je hebt nog geen klantreis.')).toBeVisible()
})
