import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  acceptRemark,
  answerRemark,
  contentOf,
  createActivity,
  createMoment,
  createTouchpoint,
  journeySchema,
  mergeFeedback,
  newId,
  unpackAll,
  withVersion,
  type Content,
  type Journey,
  type Remark,
} from '@/domain'
import {
  loadJourney,
  saveJourney,
  storageUsage,
  storeNewJourney,
  STORAGE_BUDGET_CHARS,
  STORAGE_PREFIX,
} from '@/persistence'
import { journeyKey } from '@/persistence/keys'
import largeFixture from '../../fixtures/journey-large.json'
import { feedbackText, readOk, remarkOn } from '../domain/remarkSupport'
import { resetPersistence, stored } from '../support/persistence'

/**
 * Issue 13: versions and remarks make a draft larger, and "a journey with 20 versions and 100 remarks must
 * still save and reopen within the quota". The large fixture (72 steps in three lanes, 41 insights) is
 * worked on for twenty rounds, a version saved after each, and five colleagues send twenty remarks each;
 * then it is saved, read back, and its size in localStorage (what the quota counts) is measured.
 */

const START = new Date('2026-09-01T08:00:00.000Z')
const at = (days: number) => new Date(START.getTime() + days * 24 * 3600 * 1000)

const VERSION_NAMES = [
  'Eerste uitwerking na de workshop',
  'Versie voor de stuurgroep',
  'Na de stuurgroep',
  'Met de cijfers van 2025',
  'Na de gesprekken met architecten',
  'Versie voor het diensthoofd',
  'Na het loketonderzoek',
  'Met de citaten uit de interviews',
  'Versie voor de schepen',
  'Na de schepen',
  'Na de ronde met het onthaal',
  'Met de nieuwe fase nazorg',
  'Versie voor de werkgroep digitaal',
  'Na de werkgroep digitaal',
  'Na de test met inwoners',
  'Versie voor de gemeenteraadscommissie',
  'Na de commissie',
  'Met de acties voor 2027',
  'Versie voor de jaarplanning',
  'Herbekeken in het voorjaar',
]

const COLLEAGUES = [
  'Łukasz Őrs, onthaal Wijkhuis',
  'teamverantwoordelijke Omgeving',
  'Zoë, loketmedewerker',
  'directeur dienstverlening',
  'medewerker sociale dienst',
]

const REMARK_TEXTS = [
  'Dit klopt met wat we aan het loket horen: mensen weten niet welke documenten ze moeten meebrengen.',
  'Hier bellen de meeste mensen eerst naar het onthaal, nog voor ze de website bekijken.',
  'Zo erg is het niet: de meesten vinden het formulier wel, maar ze haken af bij de bijlagen.',
  'Goed dat dit erin staat. Kunnen we hier ook de wachttijd voor een afspraak bij zetten?',
  'Dit gebeurt vaker bij oudere inwoners; jongere inwoners doen het bijna altijd online.',
]

/** The large fixture as the app stores it. */
const large = (): Journey => journeySchema.parse(structuredClone(largeFixture))

/** A deep copy to edit, as storage would copy it. */
const copy = (journey: Journey): Journey => JSON.parse(JSON.stringify(journey)) as Journey

/**
 * One round of work between two versions: a few texts changed, a step added (with a touchpoint and a
 * moment), the step added two rounds before removed again, now and then a quote or a figure removed.
 */
function workRound(journey: Journey, round: number, added: string[]): Journey {
  const j = copy(journey)
  const n = j.activities.length
  const step = j.activities[(round * 7) % n]!
  step.title = `${step.title.replace(/ \(ronde \d+\)$/, '')} (ronde ${round})`
  const withMoment = j.activities.filter((a) => a.moments.length)
  const moment = withMoment[(round * 5) % withMoment.length]!.moments[0]!
  moment.text = `${moment.text} Bijgewerkt in ronde ${round}.`
  const insight = j.insights[(round * 3) % j.insights.length]!
  insight.text = `${insight.text} (ronde ${round})`
  const citizen = j.lanes.find((l) => l.kind === 'citizen')!
  const phase = j.phases[round % j.phases.length]!
  const fresh = {
    ...createActivity(phase.id, citizen.id),
    title: `Vraagt in ronde ${round} een bijkomende uitleg aan het loket`,
    description:
      'Na de bespreking toegevoegd: komt vaak voor bij wie voor het eerst een vergunning aanvraagt.',
    touchpoints: [{ ...createTouchpoint('counter'), label: 'Loket Omgeving' }],
    moments: [{ ...createMoment(round % 2 ? -1 : 1), text: `Voelt zich geholpen (ronde ${round})` }],
  }
  j.activities.push(fresh)
  added.push(fresh.id)
  const old = added.length > 2 ? added[added.length - 3] : undefined
  if (old) j.activities = j.activities.filter((a) => a.id !== old)
  if (round % 5 === 0) j.quotes.pop()
  if (round === 15) j.figures.pop()
  j.updatedAt = at(round).toISOString()
  return j
}

/** Twenty remarks of one colleague on the journey as it is: on steps, touchpoints, moments, insights. */
function remarksOf(journey: Journey, who: number): Remark[] {
  const by = COLLEAGUES[who]!
  return Array.from({ length: 20 }, (_, k): Remark => {
    const i = who * 20 + k
    const step = journey.activities[(i * 11) % journey.activities.length]!
    const moments = journey.activities.flatMap((a) => a.moments)
    const words = REMARK_TEXTS[i % REMARK_TEXTS.length]!
    const fill = { text: words, round: `Ronde ${who + 1}` }
    switch (i % 6) {
      case 0:
        return remarkOn({ kind: 'activity', id: step.id, label: step.title }, by, {
          ...fill,
          verdict: 'disagree',
          proposal: `${step.title} (na overleg)`,
        })
      case 1: {
        const t = step.touchpoints[0]
        return t
          ? remarkOn({ kind: 'touchpoint', id: t.id, label: t.label }, by, fill)
          : remarkOn({ step: 'touchpoints' }, by, fill)
      }
      case 2: {
        const m = moments[(i * 7) % moments.length]!
        return remarkOn({ kind: 'moment', id: m.id, label: m.text.slice(0, 200) }, by, {
          ...fill,
          verdict: 'agree',
        })
      }
      case 3: {
        const s = journey.insights[i % journey.insights.length]!
        return remarkOn({ kind: 'insight', id: s.id, label: s.text.slice(0, 200) }, by, fill)
      }
      case 4:
        return remarkOn({ step: 'activities' }, by, {
          ...fill,
          verdict: 'missing',
          proposal: 'Vraagt een voorafgaand gesprek aan',
          phaseId: journey.phases[i % journey.phases.length]!.id,
        })
      default:
        return remarkOn({ kind: 'moment', id: moments[i % moments.length]!.id }, by, {
          ...fill,
          verdict: 'strength',
        })
    }
  })
}

/** The reviewed journey: twenty versions, then the five feedback files merged in, a few remarks handled. */
function reviewedJourney(): { journey: Journey; saved: Content[] } {
  let journey = large()
  const saved: Content[] = []
  const added: string[] = []
  VERSION_NAMES.forEach((name, i) => {
    if (i > 0) journey = workRound(journey, i, added)
    journey = withVersion(journey, name, at(i))
    saved.push(JSON.parse(JSON.stringify(contentOf(journey))) as Content)
  })
  for (let who = 0; who < COLLEAGUES.length; who++) {
    const text = feedbackText(journey, COLLEAGUES[who]!, remarksOf(journey, who))
    const merged = mergeFeedback(journey, readOk(text))
    if (!merged.ok) throw new Error('feedback refused')
    expect(merged).toMatchObject({ added: 20, duplicates: 0, dropped: 0, handEdited: false })
    journey = merged.journey
  }
  const citizen = journey.lanes.find((l) => l.kind === 'citizen')!.id
  for (const remark of journey.remarks.slice(0, 10)) {
    const accepted = acceptRemark(journey, remark.id, citizen)
    if (accepted && accepted !== 'full') journey = accepted
  }
  for (const remark of journey.remarks.slice(10, 20))
    journey = answerRemark(journey, remark.id, 'Dank je, dit nemen we mee in de volgende versie.', 'answered')
  return { journey, saved }
}

/** What the quota counts for one journey: its key and its text. */
const storedSize = (id: string) => journeyKey(id).length + (localStorage.getItem(journeyKey(id))?.length ?? 0)

beforeEach(() => {
  resetPersistence()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a journey with 20 versions and 100 remarks', () => {
  it('saves, reopens as it was, and stays well within the quota', async () => {
    const { journey, saved } = reviewedJourney()
    expect(journey.versions).toHaveLength(20)
    expect(journey.remarks).toHaveLength(100)
    expect(new Set(journey.remarks.map((r) => r.by)).size).toBe(5)
    expect(journey.remarks.filter((r) => r.state === 'accepted').length).toBeGreaterThanOrEqual(8)

    const first = await storeNewJourney(journey)
    expect(first).toEqual({ ok: true, revision: journey.revision + 1 })
    const loaded = loadJourney(journey.id)
    expect(loaded).toMatchObject({ ok: true, migratedFrom: null, repairs: [] })
    expect(loaded.ok && loaded.journey).toEqual({ ...journey, revision: journey.revision + 1 })
    // Every version reopens as it was saved.
    expect(unpackAll(stored(journey.id).versions)).toEqual(saved)

    // Worked on after reopening, and saved again on top of it.
    const reopened = stored(journey.id)
    const next = answerRemark(reopened, reopened.remarks[50]!.id, 'Opgenomen in versie 21.', 'answered')
    expect(await saveJourney(next, reopened.revision)).toEqual({ ok: true, revision: reopened.revision + 1 })
    expect(stored(journey.id)).toEqual({ ...next, revision: reopened.revision + 1 })

    // The same journey without its versions and remarks, for comparison.
    const bare = { ...journey, id: newId(), remarks: [], versions: [] }
    expect((await storeNewJourney(bare)).ok).toBe(true)

    const size = storedSize(journey.id)
    const bareSize = storedSize(bare.id)
    const versionsSize = JSON.stringify(journey.versions).length
    const remarksSize = JSON.stringify(journey.remarks).length
    const wholeCopies = JSON.stringify(saved).length
    console.info(
      [
        `20 versions + 100 remarks: ${size} characters in localStorage (${((100 * size) / STORAGE_BUDGET_CHARS).toFixed(1)} % of ${STORAGE_BUDGET_CHARS})`,
        `the same journey without versions and remarks: ${bareSize} characters`,
        `versions ${versionsSize} characters (20 whole copies would be ${wholeCopies}), remarks ${remarksSize}`,
      ].join('\n'),
    )
    // Well within the quota: under a tenth of it, with room for the other drafts of the user.
    expect(size).toBeLessThan(STORAGE_BUDGET_CHARS / 10)
    expect(storageUsage(STORAGE_PREFIX).ours).toBeLessThan(STORAGE_BUDGET_CHARS / 5)
    // Packed: twenty versions cost far less than twenty copies, and less than three journeys.
    expect(versionsSize).toBeLessThan(wholeCopies / 6)
    expect(size).toBeLessThan(4 * bareSize)
    expect(size).toBeGreaterThan(bareSize + remarksSize)
  })
})
