import { expect, type Page } from '@playwright/test'
import { chooseOption, expectSaved, expectStep, journeyIdOf, laneChip, phaseChip } from './support'

/**
 * A journey as the method draws it, made through the wizard as a civil servant of an OCMW would: a job seeker
 * guided to work in an "artikel 60" placement, with the job coach in the provider lane and the employer in a
 * lane of their own, steps placed beside the job seeker's, an employer's moment on the employer's own curve,
 * the aha-exercise, a hand-off and needs started from the points to improve.
 */
export const LANES = { citizen: 'Werkzoekende', provider: 'Trajectbegeleider', user: 'Werkgever' } as const

export const THREE = {
  title: 'Van leefloon naar werk via artikel 60',
  case: 'Sara (34) leeft van een leefloon en vindt via een artikel 60-tewerkstelling werk in een woonzorgcentrum.',
  goal: 'Minder tijd verliezen tussen de eerste vraag naar werk en de start van de tewerkstelling.',
  persona: {
    name: 'Sara',
    description: 'Alleenstaande moeder, weinig digitaal vaardig.',
    needs: 'Duidelijke afspraken en opvang voor haar kind.',
  },
  phases: ['Bewustwording', 'Oriëntatie', 'Actie'],
  phaseDescription: 'Sara zoekt uit wat een tewerkstelling inhoudt.',
  /** The job seeker's steps, per phase. */
  citizen: [
    ['Sara hoort van haar maatschappelijk werker dat artikel 60 bestaat.'],
    ['Sara gaat naar het intakegesprek bij het OCMW.', 'Sara zoekt uitleg op de website van het OCMW.'],
    ['Sara begint te werken in het woonzorgcentrum.'],
  ],
  handoff: 'de VDAB voor een screening',
  /** Beside the job seeker's first step in phase 2 and phase 3. */
  provider: 'De trajectbegeleider overloopt in het intakegesprek wat Sara kan en wil.',
  employer: 'Het woonzorgcentrum verwelkomt Sara en stelt haar peter voor.',
  touchpoints: [
    { channel: 'Loket of onthaal', label: 'Gesprek op het sociaal huis' },
    { channel: 'Website of e-loket', label: 'Pagina over werk op de OCMW-website' },
    { channel: 'Loket of onthaal', label: 'Onthaal van het woonzorgcentrum' },
  ],
  positive: 'De maatschappelijk werker neemt echt de tijd voor haar vragen.',
  negative: 'In het intakegesprek vallen woorden die Sara niet begrijpt.',
  late: 'De eerste loonbrief komt twee weken te laat.',
  employerMoment: 'Het team is blij met een extra collega op de drukke ochtenden.',
  improvements: [
    'Leg artikel 60 uit in eenvoudige taal vóór het gesprek.',
    'Betaal het eerste loon op tijd uit.',
  ],
  strength: { text: 'De maatschappelijk werker kent Sara al lang.', role: 'teamverantwoordelijke' },
  opportunity: 'Een korte video in eenvoudige taal op de website.',
}

const next = async (page: Page, title: string) => {
  await page.getByRole('button', { name: 'Volgende stap' }).click()
  await expectStep(page, title)
}

const addActivity = (page: Page) => page.getByRole('button', { name: /^Activiteit toevoegen/ }).click()
const momentsOf = (page: Page, activity: string) =>
  page.getByRole('group', { name: `Momenten bij “${activity}”` })

/**
 * Makes the journey from the start page and ends on "Controleer je klantreis". `longDescription` goes with
 * the job seeker's intake step; `leaveOutCase` leaves step 1's case empty (the check page then asks for it).
 * Returns the journey's id.
 */
export async function buildThreeLaneJourney(
  page: Page,
  options: { longDescription?: string; leaveOutCase?: boolean } = {},
): Promise<string> {
  const J = THREE
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()

  await expectStep(page, 'Doel en casus')
  await page.getByLabel('Titel van de klantreis').fill(J.title)
  if (!options.leaveOutCase) await page.getByLabel('De casus die je volgt').fill(J.case)
  await page.getByLabel('Doel van de klantreis').fill(J.goal)
  await page.getByRole('button', { name: 'Volgende stap' }).click()
  if (options.leaveOutCase) await page.getByRole('button', { name: 'Toch naar de volgende stap' }).click()
  await expectStep(page, 'Wie staat centraal')

  await page.getByLabel('Naam van de persona').fill(J.persona.name)
  await page.getByLabel('Korte beschrijving').fill(J.persona.description)
  await page.getByLabel('Behoeften').fill(J.persona.needs)
  await page.getByLabel('Naam van de lijn van de burger').fill(LANES.citizen)
  await expect(page.getByLabel('Toon de stappen van de dienstverlener in een eigen lijn')).toBeChecked()
  await page.getByLabel('Naam van de lijn van de dienstverlener').fill(LANES.provider)
  await page.getByRole('button', { name: 'Andere gebruiker toevoegen' }).click()
  await page.getByLabel('Naam van gebruiker 1').fill(LANES.user)
  await next(page, 'Fases')

  // The method's six phases in one click, trimmed to three.
  await page.getByRole('button', { name: 'Begin met de zes fases van de methode' }).click()
  for (const name of ['Fase 6: Nazorg', 'Fase 5: Gebruik', 'Fase 3: Besluitvorming'])
    await page.getByRole('button', { name: `${name} verwijderen` }).click()
  await expect(page.getByLabel(/^Naam van fase \d+$/)).toHaveCount(3)
  await page.getByLabel('Wat gebeurt er in fase 2?').fill(J.phaseDescription)
  await next(page, 'Activiteiten')

  for (const [p, phase] of J.phases.entries()) {
    await phaseChip(page, phase).click()
    for (const [n, title] of J.citizen[p]!.entries()) {
      await addActivity(page)
      await page.getByLabel(`Wat doet ${LANES.citizen} in activiteit ${n + 1}?`).fill(title)
    }
  }
  await phaseChip(page, J.phases[0]!).click()
  await page.getByLabel('Bij activiteit 1 wordt de burger doorgestuurd naar een andere dienst').check()
  await page.getByLabel('Naar wie of welke dienst? (activiteit 1)').fill(J.handoff)
  if (options.longDescription) {
    await phaseChip(page, J.phases[1]!).click()
    await page.getByLabel('Meer uitleg bij activiteit 1 (niet verplicht)').fill(options.longDescription)
  }
  // The job coach's and the employer's steps stand beside the job seeker's step they go with.
  for (const [lane, phase, title] of [
    [LANES.provider, J.phases[1]!, J.provider],
    [LANES.user, J.phases[2]!, J.employer],
  ] as const) {
    await laneChip(page, lane).click()
    await phaseChip(page, phase).click()
    await addActivity(page)
    await page.getByLabel(`Wat doet ${lane} in activiteit 1?`).fill(title)
    const beside = page.getByLabel(`Wanneer doet ${lane} activiteit 1?`)
    const citizenStep = J.citizen[J.phases.indexOf(phase)]![0]!
    await beside.selectOption({ label: `Samen met stap 1: ${citizenStep}` })
  }
  await next(page, 'Contactpunten')

  await laneChip(page, LANES.citizen).click()
  for (const [p, phase] of J.phases.entries()) {
    await phaseChip(page, phase).click()
    await page
      .getByRole('button', { name: /^Contactpunt toevoegen/ })
      .first()
      .click()
    await page
      .getByLabel('Kanaal van contactpunt 1')
      .first()
      .selectOption({ label: J.touchpoints[p]!.channel })
    await page.getByLabel('Wat is contactpunt 1 precies?').first().fill(J.touchpoints[p]!.label)
  }
  await next(page, 'Positieve en negatieve momenten')

  const moment = async (
    lane: string,
    phase: string,
    activity: string,
    kind: 'Positief' | 'Negatief',
    text: string,
    score: string,
  ) => {
    await laneChip(page, lane).click()
    await phaseChip(page, phase).click()
    const group = momentsOf(page, activity)
    await group.getByRole('button', { name: new RegExp(`^${kind} moment toevoegen`) }).click()
    await group.getByLabel('Wat gebeurde er? (moment 1)').fill(text)
    await group
      .getByRole('group', { name: `Hoe voelde ${lane} zich? (moment 1)` })
      .getByLabel(score)
      .check()
  }
  await moment(LANES.citizen, J.phases[0]!, J.citizen[0]![0]!, 'Positief', J.positive, 'Heel positief (+2)')
  await moment(LANES.citizen, J.phases[1]!, J.citizen[1]![0]!, 'Negatief', J.negative, 'Heel negatief (−2)')
  await moment(LANES.citizen, J.phases[2]!, J.citizen[2]![0]!, 'Negatief', J.late, 'Negatief (−1)')
  await moment(LANES.user, J.phases[2]!, J.employer, 'Positief', J.employerMoment, 'Positief (+1)')
  // The aha-exercise: two points to improve at their moments, a strong point with who named it.
  for (const [i, at] of [J.negative, J.late].entries()) {
    await page.getByLabel(`Wat kan beter? (punt ${i + 1})`).fill(J.improvements[i]!)
    await chooseOption(page.getByLabel(`Bij welk moment? (punt ${i + 1})`), at.slice(0, 30))
  }
  await page.getByRole('button', { name: 'Sterk punt toevoegen' }).click()
  await page.getByLabel('Wat loopt goed? (sterk punt 1)').fill(J.strength.text)
  await page.getByLabel('Wie zegt het? (sterk punt 1)').fill(J.strength.role)
  await chooseOption(page.getByLabel('Bij welk moment? (sterk punt 1)'), J.positive.slice(0, 30))
  await next(page, 'Noden en opportuniteiten')

  // Step 7 starts from the points to improve: each becomes a need in one click.
  const points = page.getByRole('region', { name: 'Vertrek van de punten die beter kunnen' })
  await expect(points.getByRole('button', { name: 'Maak er een nood van' })).toHaveCount(2)
  for (const i of [0, 1]) {
    await points.getByRole('button', { name: 'Maak er een nood van' }).nth(i).click()
    await expect(points.getByText(/Er is al 1 nood of opportuniteit van dit punt/)).toHaveCount(i + 1)
  }
  await phaseChip(page, J.phases[1]!).click()
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: J.negative }) })
  await card.getByRole('button', { name: /^Opportuniteit toevoegen/ }).click()
  await card.getByLabel(/^Opportuniteit \d+: /).fill(J.opportunity)
  // The header says "Bewaard om …" on the page where the change was made (a new page reads the journey again).
  await expectSaved(page)
  await next(page, 'Aanvullende informatie')

  await page.getByRole('button', { name: 'Controleer je klantreis' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer je klantreis' })).toBeVisible()
  return journeyIdOf(page) || (await page.evaluate(() => /journey\/([^/]+)/.exec(location.hash)?.[1] ?? ''))
}
