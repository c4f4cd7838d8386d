import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support'

/**
 * A whole journey with the keyboard alone: Tab to reach things, Enter and Space to use them, typing to fill.
 * Every element Tab lands on must show a visible focus indicator.
 */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return { visible: true, desc: 'body' }
      const style = getComputedStyle(el)
      const visible = style.outlineStyle !== 'none' || style.boxShadow !== 'none'
      return { visible, desc: `${el.tagName} ${el.id} ${el.textContent?.trim().slice(0, 40)}` }
    })
    expect(state.visible, `visible focus on ${state.desc}`).toBe(true)
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`could not reach ${target} with Tab`)
}

const press = async (page: Page, target: Locator, key = 'Enter') => {
  await tabTo(page, target)
  await page.keyboard.press(key)
}
const typeInto = async (page: Page, target: Locator, text: string) => {
  await tabTo(page, target)
  await page.keyboard.type(text)
}

test('a complete journey with the keyboard alone', async ({ page }) => {
  test.setTimeout(240_000)
  await page.goto('./')
  const next = page.getByRole('button', { name: 'Volgende stap' })
  const heading = (name: string) => expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
  const chip = (name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) })

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
    'Het uittreksel in één keer digitaal kunnen krijgen.',
  )
  await press(page, next)

  await heading('Wie staat centraal')
  // The general process instead of personas: a radio group is operated with the arrow keys.
  await tabTo(page, page.getByRole('radio', { name: /Persona’s/ }))
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
  for (const n of [6, 5, 4, 3]) await press(page, page.getByRole('button', { name: `Fase ${n} verwijderen` }))
  await expect(page.getByLabel(/^Naam van fase \d$/)).toHaveCount(2)
  await press(page, page.getByRole('button', { name: 'Fase 2 omhoog' }))
  await expect(page.getByLabel('Naam van fase 1')).toHaveValue('Oriëntatie')
  // Focus stays on the moved phase's controls (now first, so on "down"): the move can be undone at once.
  await expect(page.getByRole('button', { name: 'Fase 1 omlaag' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Naam van fase 2')).toHaveValue('Oriëntatie')
  await press(page, next)

  await heading('Activiteiten')
  for (const phase of ['Bewustwording', 'Oriëntatie']) {
    await press(page, chip(phase))
    await press(page, page.getByRole('button', { name: 'Activiteit toevoegen' }))
    await typeInto(page, page.getByLabel('Wat doet Burger in activiteit 1?'), `Activiteit in ${phase}`)
  }
  await press(page, page.getByRole('button', { name: 'Activiteit toevoegen' }))
  await typeInto(page, page.getByLabel('Wat doet Burger in activiteit 2?'), 'Tweede activiteit')
  await press(page, page.getByRole('button', { name: 'Activiteit 2 omhoog' }))
  await expect(page.getByLabel('Wat doet Burger in activiteit 1?')).toHaveValue('Tweede activiteit')
  await press(page, next)

  await heading('Contactpunten')
  for (const phase of ['Bewustwording', 'Oriëntatie']) {
    await press(page, chip(phase))
    await press(page, page.getByRole('button', { name: /Contactpunt toevoegen/ }).first())
    await tabTo(page, page.getByLabel('Kanaal van contactpunt 1'))
    await page.keyboard.press('ArrowDown')
    await typeInto(page, page.getByLabel('Omschrijving van contactpunt 1'), `Contact in ${phase}`)
  }
  await expect(page.getByLabel('Kanaal van contactpunt 1').locator('option:checked')).toHaveText('E-mail')
  await press(page, next)

  await heading('Positieve en negatieve momenten')
  await press(page, chip('Bewustwording'))
  await press(page, page.getByRole('button', { name: /Positief moment toevoegen/ }))
  await typeInto(page, page.getByLabel('Wat gebeurde er? (moment 1)'), 'Alles stond duidelijk op de website.')
  await press(page, chip('Oriëntatie'))
  await press(page, page.getByRole('button', { name: /Negatief moment toevoegen/ }).first())
  await typeInto(
    page,
    page.getByLabel('Wat gebeurde er? (moment 1)'),
    'Inloggen met itsme mislukte twee keer.',
  )
  await press(page, page.getByLabel('Dit is een aha-moment'), 'Space')
  await typeInto(page, page.getByLabel('Punt 1 dat beter kan'), 'Een duidelijke foutmelding.')
  await typeInto(page, page.getByLabel('Punt 2 dat beter kan'), 'Een telefoonnummer bij problemen.')
  await press(page, next)

  await heading('Noden en opportuniteiten')
  await press(page, chip('Oriëntatie'))
  await press(page, page.getByRole('button', { name: /Nood toevoegen/ }))
  await typeInto(page, page.getByLabel(/^Nood 1/), 'Weten wat er misliep.')
  await press(page, page.getByRole('button', { name: /Opportuniteit toevoegen/ }))
  await typeInto(page, page.getByLabel(/^Opportuniteit 1/), 'Foutmeldingen in gewone taal.')
  await press(page, next)

  await heading('Aanvullende informatie')
  await press(page, page.getByRole('button', { name: 'Klaar' }))
  await expect(page.getByText('Alle stappen die nodig zijn, zijn volledig.')).toBeVisible()
  const stepper = page.getByRole('navigation', { name: 'Stappen' })
  await expect(stepper.getByText('volledig', { exact: true })).toHaveCount(7)

  // The map, reached and scrolled with the keyboard too.
  await press(page, page.getByRole('link', { name: 'Bekijk de kaart' }))
  await expect(
    page.getByRole('heading', { level: 1, name: 'Een uittreksel uit het strafregister' }),
  ).toBeVisible()
  await tabTo(page, page.getByRole('region', { name: /De kaart, fase per fase/ }))
  await expectNoAxeViolations(page, 'map reached by keyboard')
})

test('removing an item with the keyboard leaves focus beside it, not at the top of the page', async ({
  page,
}) => {
  await page.goto('./')
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await page.getByRole('navigation', { name: 'Stappen' }).getByRole('link', { name: /Fases/ }).click()
  await press(page, page.getByRole('button', { name: 'Begin met de zes fases van de methode' }))
  // No dependants yet: the phase goes at once, and focus moves into the item that took its place.
  const focusedItem = () =>
    page.evaluate(() => {
      const items = [...document.querySelectorAll('ol.cards > li')]
      return items.indexOf(document.activeElement?.closest('li') as HTMLLIElement)
    })
  await press(page, page.getByRole('button', { name: 'Fase 2 verwijderen' }))
  await expect(page.getByLabel('Naam van fase 2')).toHaveValue('Beslissing')
  await expect.poll(focusedItem).toBe(1)
  // The last one: focus goes to the item before it.
  await press(page, page.getByRole('button', { name: 'Fase 5 verwijderen' }))
  await expect(page.getByLabel('Naam van fase 5')).toHaveCount(0)
  await expect.poll(focusedItem).toBe(3)
})
