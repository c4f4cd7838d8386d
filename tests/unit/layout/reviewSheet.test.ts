import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import {
  buildMapModel,
  createMoment,
  createTouchpoint,
  journeySchema,
  LIST_LIMITS,
  TEXT_LIMITS,
  type Journey,
  type Lane,
} from '@/domain'
import { layoutReviewSheet, REVIEW_PAPER, type Box, type Poster } from '@/domain/layout/poster'
import nlBase from '@/i18n/nl-BE'
import reviewParts from '@/i18n/parts/review'
import { createReviewSheetLabels } from '@/i18n/reviewSheetLabels'
import largeFixture from '../../fixtures/journey-large.json'
import { makeJourney } from '../../fixtures/makeJourney'

const i18n = createI18n({
  legacy: false,
  locale: 'nl-BE',
  messages: { 'nl-BE': { ...nlBase, review: reviewParts['nl-BE'] } },
})
const t = i18n.global.t as unknown as Parameters<typeof createReviewSheetLabels>[0]
const labels = createReviewSheetLabels(t)
const laneName = (lane: Lane) => lane.name || lane.kind

const sheet = (journey: Journey): Poster =>
  layoutReviewSheet({ journey, model: buildMapModel(journey), labels, laneName })

const large = (): Journey => journeySchema.parse(structuredClone(largeFixture))

/** Where the footer's rule is drawn: everything else stays above it. */
const FOOTER_Y = REVIEW_PAPER.height - REVIEW_PAPER.margin - 4
const EPS = 1e-6

const bottomOf = (b: Box): number =>
  b.type === 'rect' || b.type === 'image'
    ? b.y + b.h
    : b.type === 'text'
      ? b.y + b.lines.length * b.lineHeight
      : b.type === 'line'
        ? Math.max(b.y1, b.y2)
        : b.type === 'dot'
          ? b.cy + b.r
          : b.type === 'icon'
            ? b.y + b.size
            : Math.max(...b.points.map(([, y]) => y))

/** The page's own boxes and its footer (a rule and two texts, drawn last). */
function split(boxes: Box[]): { body: Box[]; footer: Box[] } {
  return { body: boxes.slice(0, -3), footer: boxes.slice(-3) }
}

const linesOf = (boxes: Box[]) => boxes.flatMap((b) => (b.type === 'text' ? b.lines : []))
/** All the sheet says, without the spaces and line breaks that wrapping chose. */
const squeeze = (s: string) => s.replace(/\s+/g, '')
const allText = (poster: Poster) => squeeze(poster.pages.flatMap((p) => linesOf(p.boxes)).join(''))
const tickLines = (poster: Poster) =>
  poster.pages.flatMap((p) => linesOf(p.boxes)).filter((l) => l.startsWith('□')).length

/** The steps and moments the sheet must have a box for: those of the lanes on the map. */
function shown(journey: Journey) {
  const model = buildMapModel(journey)
  const steps = model.columns.flatMap((c) => model.lanes.flatMap((l) => c.cells[l.id] ?? []))
  return { steps, moments: steps.flatMap((s) => s.moments), insights: model.insights }
}

describe('layoutReviewSheet', () => {
  const CASES: [string, () => Journey][] = [
    ['the identity-card journey', () => makeJourney()],
    ['the large fixture (72 steps, three lanes)', large],
    [
      'the identity-card journey without the provider lane',
      () => {
        const j = makeJourney()
        return { ...j, lanes: j.lanes.map((l) => (l.kind === 'provider' ? { ...l, enabled: false } : l)) }
      },
    ],
  ]

  it.each(CASES)('%s: A4 upright pages, numbered, nothing below the footer line', (_name, make) => {
    const poster = sheet(make())
    expect(poster.paper).toEqual(REVIEW_PAPER)
    expect(poster.pages.length).toBeGreaterThan(0)
    poster.pages.forEach((page, i) => {
      expect([page.kind, page.width, page.height]).toEqual(['review', 210, 297])
      expect(page.label).toBe(`Pagina ${i + 1} van ${poster.pages.length}`)
      const { body, footer } = split(page.boxes)
      expect(footer[0]).toMatchObject({ type: 'line', y1: FOOTER_Y, y2: FOOTER_Y })
      expect(linesOf(footer)).toEqual([expect.stringMatching(/^Klantreis – /), page.label])
      expect(body.length).toBeGreaterThan(0)
      for (const box of body) {
        expect(bottomOf(box)).toBeLessThanOrEqual(FOOTER_Y + EPS)
        if (box.type === 'rect' || box.type === 'text') {
          expect(box.y).toBeGreaterThanOrEqual(REVIEW_PAPER.margin - EPS)
          expect(box.x).toBeGreaterThanOrEqual(REVIEW_PAPER.margin - EPS)
          expect(box.x + box.w).toBeLessThanOrEqual(REVIEW_PAPER.width - REVIEW_PAPER.margin + EPS)
        }
      }
    })
  })

  it.each(CASES)('%s: every step title and moment text, each in a box to tick', (_name, make) => {
    const journey = make()
    const poster = sheet(journey)
    const words = allText(poster)
    const { steps, moments, insights } = shown(journey)
    for (const step of steps) expect(words).toContain(squeeze(step.title))
    for (const moment of moments) expect(words).toContain(squeeze(moment.text))
    // A box per step, per moment and per need or opportunity, plus the goal and case, who is central, what
    // is missing and what else: each has one line of ticks.
    expect(tickLines(poster)).toBe(steps.length + moments.length + insights.length + 4)
  })

  it('leaves out the steps of a lane that is switched off', () => {
    const journey = makeJourney()
    const off = { ...journey, lanes: journey.lanes.map((l) => ({ ...l, enabled: l.kind === 'citizen' })) }
    expect(tickLines(sheet(journey)) - tickLines(sheet(off))).toBe(2)
    expect(allText(sheet(off))).not.toContain(squeeze('Stuurt de oproepingsbrief'))
  })

  it('goes through the journey in its order: phases, their steps, then the insights', () => {
    const journey = makeJourney()
    const lines = sheet(journey).pages.flatMap((p) => linesOf(p.boxes))
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start))
    const order = [
      'Naleesblad: ',
      'Doel',
      'Wie staat centraal',
      'De reis, fase per fase',
      'Fase 1: Oriëntatie',
      'Stap 1, Dienst Burgerzaken: Stuurt de oproepingsbrief',
      'Stap 2, Inwoner: Leest de oproepingsbrief',
      'Moment 1 (positief): De brief zegt',
      'Fase 2: Aanvraag aan het loket',
      'Moment 2 (negatief): Lang wachten',
      'Fase 3: Afhaling',
      'Noden en opportuniteiten',
      'Nood 1: De brief begrijpen zonder hulp',
      'Opportuniteit 1: Een wachtrij-sms',
      'Ontbreekt er een stap of een moment?',
      'Cijfers, citaten of andere informatie',
    ].map(at)
    expect(order).not.toContain(-1)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('names an untitled journey as such, and leaves out the insights heading without insights', () => {
    const journey = { ...makeJourney(), title: '', insights: [] }
    const lines = sheet(journey).pages.flatMap((p) => linesOf(p.boxes))
    expect(lines[0]).toBe('Naleesblad: Klantreis zonder titel')
    expect(lines).not.toContain('Noden en opportuniteiten')
  })

  it('keeps the longest texts a journey may hold inside their pages, cut with “…”', () => {
    const long = (n: number) => 'Een zin van een paar woorden die lang doorgaat. '.repeat(n)
    const journey = makeJourney()
    const step = journey.activities[2]!
    const huge: Journey = {
      ...journey,
      goal: long(300).slice(0, TEXT_LIMITS.long),
      caseDescription: long(300).slice(0, TEXT_LIMITS.long),
      activities: journey.activities.map((a) =>
        a.id !== step.id
          ? a
          : {
              ...a,
              title: long(10).slice(0, TEXT_LIMITS.label),
              description: long(300).slice(0, TEXT_LIMITS.long),
              touchpoints: Array.from({ length: LIST_LIMITS.touchpoints }, () => ({
                ...createTouchpoint('counter'),
                label: long(5).slice(0, TEXT_LIMITS.label),
              })),
              moments: Array.from({ length: LIST_LIMITS.moments }, (_, i) => ({
                ...createMoment(i % 2 ? 1 : -2),
                text: long(300).slice(0, TEXT_LIMITS.long),
              })),
            },
      ),
    }
    const poster = sheet(huge)
    for (const page of poster.pages)
      for (const box of split(page.boxes).body) expect(bottomOf(box)).toBeLessThanOrEqual(FOOTER_Y + EPS)
    expect(poster.pages.length).toBeGreaterThan(5)
    const cut = poster.pages.flatMap((p) => linesOf(p.boxes)).filter((l) => l.endsWith('…'))
    expect(cut.length).toBeGreaterThanOrEqual(LIST_LIMITS.moments + 3)
    const { steps, moments, insights } = shown(huge)
    expect(moments).toHaveLength(LIST_LIMITS.moments + 2)
    expect(tickLines(poster)).toBe(steps.length + moments.length + insights.length + 4)
  })

  it('never ends a page with a heading whose content is on the next page', () => {
    // Regression: layoutReviewSheet keeps a heading with the one block after it (`keepWithNext`), but "De reis, fase
    // per fase" is followed by another kept heading, "Fase 1: …": the pair fits, the phase heading with its
    // first step does not, so the phase heading moves to the next page and "De reis, fase per fase" stands
    // alone at the foot of page 1 (the identity-card journey with a goal of 30 words and a case of 184, say).
    // The whole chain of kept blocks must fit, or move together.
    const j = makeJourney()
    const orphans: string[] = []
    for (let goal = 20; goal <= 60; goal += 10)
      for (let words = 150; words <= 200; words += 4) {
        const poster = sheet({ ...j, goal: 'doel '.repeat(goal), caseDescription: 'woord '.repeat(words) })
        poster.pages.slice(0, -1).forEach((page, i) => {
          const texts = linesOf(
            split(page.boxes)
              .body.filter((b) => b.type === 'text')
              .slice(-1),
          )
          if (/^(De reis, fase per fase|Fase \d+:|Noden en opportuniteiten)/.test(texts[0] ?? ''))
            orphans.push(`goal ${goal}, case ${words} words: page ${i + 1} ends with “${texts[0]}”`)
        })
      }
    expect(orphans).toEqual([])
  })
})
