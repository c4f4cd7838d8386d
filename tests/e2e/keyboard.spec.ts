import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, laneChip, phaseChip, stepper } from './support'
import { press, tabTo, typeInto } from './keys'

/**
 * A whole journey with the keyboard alone: Tab to reach things, Enter, Space and the arrow keys to use them,
 * typing to fill. Every element Tab lands on must show a visible focus indicator.
 */
test('a complete journey with the keyboard alone, with visible focus on every stop', async ({ page }) => {
  test.setTimeout(150_000)
  await page.goto('./')
  const next = page.getByRole('button', { name: 'Volgende stap' })
  const heading = (name: string) => expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
  const add = (name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) }).first()

  await press(page, page.getByRole('button', { name: 'Nieuwe klantreis' }))
  await heading('Doel en casus')
  await typeInto(page, page.getByLabel('Titel van de klantreis'), 'Een uittreksel uit het strafregister')
  await typeInto(
    page,
    page.getByLabel('De casus die je volgt'),
    'Een student vraagt een uittreksel voor een stage.',
  )
  await typeInto(
    page,
    page.getByLabel('Doel van de klantreis'),
    'Het uittreksel in één keer digitaal krijgen.',
  )
  await press(page, next)

  await heading('Wie staat centraal')
  // The general process instead of a persona: a radio group is operated with the arrow keys.
  await tabTo(page, page.getByRole('radio', { name: /^Een persona/ }))
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /algemene proces/ })).toBeChecked()
  await typeInto(
    page,
    page.getByLabel('Waarom het algemene proces?'),
    'De aanvraag is voor iedereen dezelfde.',
  )
  await press(page, next)

  await heading('Fases')
  await press(page, page.getByRole('button', { name: 'Begin met de zes fases van de methode' }))
  for (const name of ['Fase 6: Nazorg', 'Fase 5: Gebruik', 'Fase 4: Actie', 'Fase 3: Besluitvorming'])
    await press(page, page.getByRole('button', { name: `${name} verwijderen` }))
  await expect(page.getByLabel(/^Naam van fase \d+$/)).toHaveCount(2)
  await press(page, page.getByRole('button', { name: 'Fase 2: Oriëntatie naar boven' }))
  await expect(page.getByLabel('Naam van fase 1')).toHaveValue('Oriëntatie')
  // Focus stays on the moved phase's controls (now first, so on "down"): the move can be undone at once.
  await expect(page.getByRole('button', { name: 'Fase 1: Oriëntatie naar beneden' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Naam van fase 2')).toHaveValue('Oriëntatie')
  await press(page, next)

  await heading('Activiteiten')
  for (const phase of ['Bewustwording', 'Oriëntatie']) {
    await press(page, phaseChip(page, phase))
    await expect(phaseChip(page, phase)).toHaveAttribute('aria-pressed', 'true')
    // A new activity's first field takes focus: typing goes straight in.
    await press(page, add('Activiteit toevoegen'))
    await expect(page.getByLabel('Wat doet Burger in activiteit 1?')).toBeFocused()
    await page.keyboard.type(`Vraagt het uittreksel aan in ${phase}`)
  }
  await press(page, next)

  await heading('Contactpunten')
  for (const phase of ['Bewustwording', 'Oriëntatie']) {
    await press(page, phaseChip(page, phase))
    await press(page, add('Contactpunt toevoegen'))
    await expect(page.getByLabel('Kanaal van contactpunt 1')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await typeInto(page, page.getByLabel('Wat is contactpunt 1 precies?'), `Contact in ${phase}`)
  }
  await expect(page.getByLabel('Kanaal van contactpunt 1').locator('option:checked')).toHaveText(
    'Mijn Burgerprofiel',
  )
  await press(page, next)

  await heading('Positieve en negatieve momenten')
  await expect(laneChip(page, 'Burger')).toHaveAttribute('aria-pressed', 'true')
  await press(page, phaseChip(page, 'Bewustwording'))
  await press(page, add('Positief moment toevoegen'))
  await typeInto(page, page.getByLabel('Wat gebeurde er? (moment 1)'), 'Alles stond duidelijk op de website.')
  await press(page, phaseChip(page, 'Oriëntatie'))
  await press(page, add('Negatief moment toevoegen'))
  await typeInto(
    page,
    page.getByLabel('Wat gebeurde er? (moment 1)'),
    'Inloggen met itsme mislukte twee keer.',
  )
  for (const [n, downs] of [
    [1, 2],
    [2, 2],
  ] as const) {
    await typeInto(
      page,
      page.getByLabel(`Wat kan beter? (punt ${n})`),
      `Verbetering ${n}: een duidelijke foutmelding.`,
    )
    await tabTo(page, page.getByLabel(`Bij welk moment? (punt ${n})`))
    for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown')
    await expect(page.getByLabel(`Bij welk moment? (punt ${n})`).locator('option:checked')).toHaveText(
      /^−1 Inloggen/,
    )
  }
  await press(page, next)

  await heading('Noden en opportuniteiten')
  await press(page, page.getByRole('button', { name: 'Maak er een nood van' }).first())
  await press(page, page.getByRole('button', { name: 'Maak er een opportuniteit van' }).nth(1))
  await expect(page.getByText(/Er is al 1 nood of opportuniteit van dit punt/)).toHaveCount(2)
  await press(page, next)

  await heading('Aanvullende informatie')
  await press(page, page.getByRole('button', { name: 'Controleer je klantreis' }))
  await expect(page.getByText('Alle verplichte stappen zijn klaar.')).toBeVisible()
  await expect(stepper(page).getByText('klaar', { exact: true })).toHaveCount(7)

  // The map, reached and scrolled with the keyboard too.
  await press(page, page.getByRole('link', { name: 'Bekijk en druk je kaart af' }))
  await expect(
    page.getByRole('heading', { level: 1, name: 'Een uittreksel uit het strafregister' }),
  ).toBeVisible()
  const region = page.getByRole('region', { name: /stap voor stap \(scroll zijwaarts\)/ })
  await tabTo(page, region)
  await expectNoAxeViolations(page, 'map reached by keyboard')
})

test('removing an item with the keyboard leaves focus beside it, not at the top of the page', async ({
  page,
}) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await stepper(page).getByRole('link', { name: /Fases/ }).click()
  await press(page, page.getByRole('button', { name: 'Begin met de zes fases van de methode' }))
  const list = page.getByRole('region', { name: 'Fases in volgorde' }).getByRole('list').first()
  const focusedItem = () =>
    list.evaluate((ol) => [...ol.children].indexOf(document.activeElement?.closest('li') as HTMLLIElement))
  // No dependants: the phase goes at once, and focus moves into the item that took its place.
  await press(page, page.getByRole('button', { name: 'Fase 2: Oriëntatie verwijderen' }))
  await expect(page.getByLabel('Naam van fase 2')).toHaveValue('Besluitvorming')
  await expect.poll(focusedItem).toBe(1)
  // The last one: focus goes to the item before it.
  await press(page, page.getByRole('button', { name: 'Fase 5: Nazorg verwijderen' }))
  await expect(page.getByLabel('Naam van fase 5')).toHaveCount(0)
  await expect.poll(focusedItem).toBe(3)
  // A phase with a description asks first; Escape keeps it, and focus comes back to its button.
  await typeInto(
    page,
    page.getByLabel('Wat gebeurt er in fase 1?'),
    'De burger merkt dat hij iets nodig heeft.',
  )
  await press(page, page.getByRole('button', { name: 'Fase 1: Bewustwording verwijderen' }))
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Annuleren' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Fase 1: Bewustwording verwijderen' })).toBeFocused()
})
