import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { Journey } from '../../src/domain/schema'

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Journey

/** Twelve phases, three lanes (citizen, provider, architect), 72 steps: a map over several sheets. */
export const largeJourney = read('journey-large.json')
/** Three phases, two lanes: a map on one sheet. */
export const smallJourney = read('journey-small.json')

/** Puts journeys in the browser's storage before the app starts, as a returning user would have them. */
export async function plantJourneys(page: Page, journeys: Journey[]) {
  await page.addInitScript((list: Journey[]) => {
    // Once per browser context (localStorage is shared by its tabs), so a reload or a second tab keeps edits.
    if (localStorage.getItem('e2e-planted')) return
    localStorage.setItem('e2e-planted', '1')
    for (const j of list) localStorage.setItem(`klantreis:journey:${j.id}`, JSON.stringify(j))
  }, journeys)
}

/** Puts a raw text under a journey key before the app starts (a damaged or hand-edited draft). */
export async function plantRaw(page: Page, id: string, raw: string) {
  await page.addInitScript(
    ([key, text]) => {
      if (localStorage.getItem(`e2e-raw:${key}`)) return
      localStorage.setItem(`e2e-raw:${key}`, '1')
      localStorage.setItem(key, text)
    },
    [`klantreis:journey:${id}`, raw] as const,
  )
}

/** A journey file as "Bewaar als bestand" writes it. */
export const journeyFile = (journey: unknown, name = 'reis.klantreis.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({ type: 'klantreis', version: 3, exportedAt: new Date().toISOString(), journey }),
  ),
})

const enabledLanes = (j: Journey) => new Set(j.lanes.filter((l) => l.enabled !== false).map((l) => l.id))

/** Every text the user wrote that the map and the poster must show (lanes switched off are not drawn). */
export function userTexts(j: Journey): string[] {
  const lanes = enabledLanes(j)
  const activities = j.activities.filter((a) => lanes.has(a.laneId))
  const persona = j.central.mode === 'persona' ? j.central.personas.slice(0, 1) : []
  return [
    j.title,
    j.caseDescription,
    j.goal,
    ...persona.flatMap((p) => [p.name, p.description, p.needs]),
    ...j.lanes.filter((l) => lanes.has(l.id)).map((l) => l.name),
    ...j.phases.map((p) => p.name),
    ...activities.flatMap((a) => [a.title, a.description, a.handoff?.to ?? '']),
    ...activities.flatMap((a) => a.touchpoints.flatMap((t) => [t.label, t.exclusion])),
    ...activities.flatMap((a) => a.moments.map((m) => m.text)),
    ...j.aha.improvements.map((p) => p.text),
    ...j.aha.strengths.flatMap((s) => [s.text, s.role]),
    ...j.insights.map((s) => s.text),
    ...j.figures.flatMap((f) => [f.label, f.value]),
    ...j.quotes.flatMap((q) => [q.text, q.role]),
    ...j.images.map((i) => i.caption),
  ].filter((t) => t.trim() !== '')
}
