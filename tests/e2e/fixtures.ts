import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { Journey } from '../../src/domain/schema'

export const largeJourney = JSON.parse(
  readFileSync(new URL('../fixtures/journey-large.json', import.meta.url), 'utf8'),
) as Journey
export const smallJourney = JSON.parse(
  readFileSync(new URL('../fixtures/journey-small.json', import.meta.url), 'utf8'),
) as Journey

/** Puts journeys in the browser's storage before the app starts, as a returning user would have them. */
export async function plantJourneys(page: Page, journeys: Journey[]) {
  await page.addInitScript((list: Journey[]) => {
    // Once per browser context (localStorage is shared by its tabs), so a reload or a second tab keeps edits.
    if (localStorage.getItem('e2e-planted')) return
    localStorage.setItem('e2e-planted', '1')
    for (const j of list) localStorage.setItem(`klantreis:journey:${j.id}`, JSON.stringify(j))
  }, journeys)
}

/** Every text the user wrote that the map must show. */
export function userTexts(j: Journey): string[] {
  const activities = j.activities.filter((a) => j.lanes.find((l) => l.id === a.laneId)?.enabled !== false)
  return [
    ...j.phases.map((p) => p.name),
    ...activities.flatMap((a) => [a.title, a.description]),
    ...activities.flatMap((a) => a.touchpoints.map((t) => t.label)),
    ...activities.flatMap((a) => a.moments.map((m) => m.text)),
    ...j.insights.map((s) => s.text),
    ...j.figures.flatMap((f) => [f.label, f.value]),
    ...j.quotes.flatMap((q) => [q.text, q.role]),
    ...j.images.map((i) => i.caption),
  ].filter((t) => t.trim() !== '')
}
