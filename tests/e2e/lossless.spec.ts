import { expect, test } from '@playwright/test'
import {
  draftTitles,
  expectNoAxeViolations,
  expectSaved,
  expectStep,
  goToStep,
  home,
  saveStatus,
  shot,
  storedJourney,
} from './support'
import { plantJourneys, smallJourney } from './fixtures'

/** Issue 9: nothing typed is ever lost, and nothing is refused in silence. */

const text = (length: number) => {
  let s = ''
  for (let i = 1; s.length < length; i++)
    s += `Zin ${i} van een lange uitleg, met é, ë en “aanhalingstekens”. `
  return s.slice(0, length - 1) + '!'
}

test('a description of 10,000 characters is kept whole; one character more is said, not dropped in silence', async ({
  page,
}) => {
  await plantJourneys(page, [smallJourney])
  await page.goto(`./#/journey/${smallJourney.id}/step/activities`)
  const field = page.getByLabel('Meer uitleg bij activiteit 1 (niet verplicht)')
  await field.fill(text(9_000))
  // Near the limit the field counts down, and the count is part of its description.
  await expect(page.getByText('Nog 1.000 van 10.000 tekens')).toBeVisible()
  await expect(field).toHaveAccessibleDescription(/Nog 1\.000 van 10\.000 tekens/)
  const full = text(10_000)
  await field.fill(full)
  await expect(page.getByText('Nog 0 van 10.000 tekens')).toBeVisible()
  await expectSaved(page)
  await page.reload()
  await expect(field).toHaveValue(full)
  expect((await field.inputValue()).length).toBe(10_000)

  // Past the limit: the field says so, the header says not everything is kept, and the last text that fits stays.
  await field.fill(`${full}?`)
  await expect(
    page.getByText(
      /^1 teken te veel \(hoogstens 10\.000\)\. Deze tekst wordt pas bewaard als hij korter is\.$/,
    ),
  ).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(saveStatus(page).getByRole('alert')).toContainText(
    /Niet alles bewaard: de tekst telt 10\.?001 tekens; er kunnen er hoogstens 10\.?000 in\./,
  )
  await expect(saveStatus(page).getByText(/^Bewaard om/)).toHaveCount(0)
  await expectNoAxeViolations(page, 'a text past its maximum')
  await shot(page, 'text-over-limit', false)
  const stored = (await storedJourney(page, smallJourney.id)) as typeof smallJourney
  expect(stored.activities.find((a) => a.id === smallJourney.activities[0]!.id)!.description).toBe(full)
  // Shortened again, the warning goes: what is in the field is what is kept.
  await field.press('End')
  await field.press('Backspace')
  await expect(saveStatus(page).getByRole('alert')).toHaveCount(0)
  await expect(field).not.toHaveAttribute('aria-invalid', 'true')
})

test('with 30 phases the add button is disabled and says why', async ({ page }) => {
  // 28 phases to start with; the last two are added here, as a person would.
  const journey = structuredClone(smallJourney)
  journey.phases = Array.from({ length: 28 }, (_, i) => ({
    id: `fase-${i}`,
    name: `Fase nummer ${i + 1}`,
    description: '',
  }))
  journey.activities = []
  await plantJourneys(page, [journey])
  await page.goto(`./#/journey/${journey.id}/step/phases`)
  const add = page.getByRole('button', { name: 'Fase toevoegen' })
  for (const n of [29, 30]) {
    await add.click()
    // The new phase's name field takes focus; it gets a name before the next one is added.
    await expect(page.getByLabel(`Naam van fase ${n}`, { exact: true })).toBeFocused()
    await page.keyboard.type(`Fase ${n}`)
  }
  await expect(page.getByLabel(/^Naam van fase \d+$/)).toHaveCount(30)
  await expect(add).toBeDisabled()
  await expect(
    page.getByText('Er kunnen er hoogstens 30 in. Verwijder er een om een nieuwe toe te voegen.'),
  ).toBeVisible()
  await expectNoAxeViolations(page, 'a full list of phases')
  // One fewer, and the button works again.
  await page.getByRole('button', { name: 'Fase 30 verwijderen' }).click()
  await expect(add).toBeEnabled()
})

// Leaving an empty new field shows no message yet: it would move the add button away under the pointer.
test('a normal click on “Fase toevoegen” right after adding an empty phase adds one', async ({ page }) => {
  await home(page)
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).click()
  await goToStep(page, 'Fases')
  await page.getByRole('button', { name: 'Begin met de zes fases van de methode' }).click()
  const add = page.getByRole('button', { name: 'Fase toevoegen' })
  await add.click()
  await expect(page.getByLabel('Naam van fase 7', { exact: true })).toBeFocused()
  await add.click({ delay: 150 })
  await expect(page.getByLabel(/^Naam van fase \d+$/)).toHaveCount(8)
})

test('undo and redo: a removed activity or phase comes back, by button or by keys, also while typing', async ({
  page,
}) => {
  await plantJourneys(page, [smallJourney])
  await page.goto(`./#/journey/${smallJourney.id}/step/activities`)
  const first = smallJourney.activities[0]!
  const title = page.getByLabel('Wat doet Bewoner in activiteit 1?')
  await expect(title).toHaveValue(first.title)

  // An activity with touchpoints and moments is removed only after a yes.
  await page.getByRole('button', { name: 'Activiteit 1 verwijderen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Activiteit 1 verwijderen' })
  await expect(dialog).toContainText('Deze activiteit heeft contactpunten of momenten. Die verdwijnen mee.')
  await expectNoAxeViolations(page, 'confirm removing an activity')
  await dialog.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(title).toHaveCount(0)
  const undoBar = page.getByRole('group', { name: 'Ongedaan maken en opnieuw doen' })
  const notice = undoBar.getByRole('status')
  await expect(notice).toContainText('Activiteit 1 verwijderd.')
  await expectNoAxeViolations(page, 'an activity removed, with its undo')
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(title).toHaveValue(first.title)

  // The keys do the same, wherever focus is in the wizard.
  await page.getByRole('heading', { level: 1, name: 'Activiteiten' }).focus()
  await page.keyboard.press('Control+Shift+Z')
  await expect(title).toHaveCount(0)
  await page.keyboard.press('Control+Z')
  await expect(title).toHaveValue(first.title)

  // In a text field Ctrl+Z undoes the burst of typing, and focus stays in the field.
  await title.click()
  await title.press('End')
  await page.keyboard.type(' en leest de voorwaarden')
  await expect(title).toHaveValue(`${first.title} en leest de voorwaarden`)
  await page.keyboard.press('Control+Z')
  await expect(title).toHaveValue(first.title)
  await expect(title).toBeFocused()
  await page.keyboard.press('Control+Shift+Z')
  await expect(title).toHaveValue(`${first.title} en leest de voorwaarden`)
  await expectSaved(page)

  // A phase with activities asks first; Cancel keeps it, and a removal can be undone.
  await goToStep(page, 'Fases')
  const remove = page.getByRole('button', { name: 'Fase 1: Informeren verwijderen' })
  await remove.click()
  const ask = page.getByRole('dialog', { name: 'Fase 1: Informeren verwijderen' })
  await expect(ask).toContainText('Fase 1: Informeren heeft 1 activiteit(en).')
  await ask.getByRole('button', { name: 'Annuleren' }).click()
  await expect(ask).toBeHidden()
  await expect(remove).toBeFocused()
  await remove.click()
  await ask.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByLabel('Naam van fase 1')).toHaveValue('Aanvragen')
  await expect(notice).toContainText('Fase 1: Informeren verwijderd.')
  await notice.getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect(page.getByLabel('Naam van fase 1')).toHaveValue('Informeren')
  await expectSaved(page)
  await page.reload()
  await goToStep(page, 'Activiteiten')
  await expect(title).toHaveValue(`${first.title} en leest de voorwaarden`)
})

test('a deleted journey comes back with “Ongedaan maken”', async ({ page }) => {
  await plantJourneys(page, [smallJourney])
  await home(page)
  await page.getByRole('button', { name: `Verwijderen: ${smallJourney.title}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Klantreis verwijderen?' })
  await expect(dialog).toContainText('Direct daarna kan je dat nog ongedaan maken.')
  await expectNoAxeViolations(page, 'delete dialog')
  await shot(page, 'start-delete-dialog')
  await dialog.getByRole('button', { name: 'Annuleren' }).click()
  await expect(dialog).toBeHidden()
  expect(await draftTitles(page)).toEqual([smallJourney.title])

  await page.getByRole('button', { name: `Verwijderen: ${smallJourney.title}` }).click()
  await dialog.getByRole('button', { name: 'Verwijderen' }).click()
  const message = page.getByRole('main').getByRole('status').filter({ hasText: 'is verwijderd' })
  await expect(message).toContainText(`“${smallJourney.title}” is verwijderd.`)
  await expect(page.getByText('Je hebt nog geen klantreis.')).toBeVisible()
  await message.getByRole('button', { name: /^Ongedaan maken/ }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText(
    `“${smallJourney.title}” is teruggezet.`,
  )
  expect(await draftTitles(page)).toEqual([smallJourney.title])
  await page.reload()
  expect(await draftTitles(page)).toEqual([smallJourney.title])
  await page.getByRole('button', { name: `Openen: ${smallJourney.title}` }).click()
  await expectStep(page, 'Aanvullende informatie')
})

test('a deleted journey can still be brought back after a reload (trash in IndexedDB)', async ({ page }) => {
  await plantJourneys(page, [smallJourney])
  await home(page)
  await page.getByRole('button', { name: `Verwijderen: ${smallJourney.title}` }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByText('Je hebt nog geen klantreis.')).toBeVisible()
  await page.reload()
  // "Ongedaan maken" is gone with the page; the trash lists the journey with the day it was deleted.
  const trash = page.getByRole('region', { name: 'Onlangs verwijderd' })
  await expect(trash.getByRole('heading', { level: 3, name: smallJourney.title })).toBeVisible()
  await expectNoAxeViolations(page, 'start page with a deleted journey in the trash')
  await trash.getByRole('button', { name: `Terugzetten: ${smallJourney.title}` }).click()
  await expect(page.getByRole('status')).toContainText(`“${smallJourney.title}” is teruggezet.`)
  expect(await draftTitles(page)).toEqual([smallJourney.title])
  await expect(trash).toHaveCount(0)
})

test('a double click makes one draft, and direction overrides typed in a field never reach the map', async ({
  page,
}) => {
  await home(page)
  await page.getByRole('button', { name: 'Nieuwe klantreis' }).dblclick()
  await expectStep(page, 'Doel en casus')
  // U+202E (right-to-left override) would show "Aanvraag tsetset" reversed on the map and in the PDF.
  await page.getByLabel('Titel van de klantreis').fill('Aanvraag \u202etset\u202c van een parkeerkaart')
  await expectSaved(page)
  await page.getByRole('link', { name: 'Bekijk de kaart' }).click()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Aanvraag tset van een parkeerkaart')
  expect(await page.getByRole('main').innerText()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  await home(page)
  expect(await draftTitles(page)).toEqual(['Aanvraag tset van een parkeerkaart'])
})
