import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getAt, parsePath, type Journey } from '@/domain'
import { allTexts, freeTexts, freeTextStep, isFreeText } from '@/domain/freeTexts'
import { makeJourney } from '../../fixtures/makeJourney'

const large = JSON.parse(readFileSync('tests/fixtures/journey-large.json', 'utf8')) as Journey

describe('freeTextStep', () => {
  it.each([
    ['title', 'goal'],
    ['caseDescription', 'goal'],
    ['goal', 'goal'],
    ['central.personas[0].description', 'central'],
    ['central.personas[0].needs', 'central'],
    ['central.generalNote', 'central'],
    ['phases[2].name', 'phases'],
    ['phases[2].description', 'phases'],
    ['activities[3].title', 'activities'],
    ['activities[3].description', 'activities'],
    ['activities[3].evidence.source', 'activities'],
    ['activities[3].touchpoints[1].label', 'touchpoints'],
    ['activities[3].touchpoints[1].exclusion', 'touchpoints'],
    ['activities[3].moments[0].text', 'moments'],
    ['activities[3].moments[0].evidence.source', 'moments'],
    ['aha.improvements[1].text', 'moments'],
    ['aha.strengths[0].text', 'moments'],
    ['insights[4].text', 'insights'],
    ['insights[4].evidence.source', 'insights'],
    ['insights[4].action.nextStep', 'insights'],
    ['figures[0].label', 'extra'],
    ['figures[0].evidence.source', 'extra'],
    ['quotes[5].text', 'extra'],
    ['images[0].alt', 'extra'],
    ['images[0].caption', 'extra'],
  ])('%s is a free text of step %s', (path, step) => {
    expect(freeTextStep(path)).toBe(step)
    expect(isFreeText(path)).toBe(true)
  })

  it.each([
    'central.personas[0].name', // a persona's name is meant to be a name
    'central.personas[1].description', // only the first persona is this map's (the others become copies)
    'lanes[0].name',
    'activities[3].handoff.to', // the name of a service
    'activities[3].touchpoints[1].channel',
    'activities[3].moments[0].emotion',
    'aha.strengths[0].role',
    'insights[4].action.owner',
    'quotes[5].role',
    'figures[0].value',
    'figures[0].unit',
    'titles',
    'xgoal',
    'activities[3].titlex',
  ])('%s is not a free text', (path) => {
    expect(freeTextStep(path)).toBeNull()
  })
})

describe('freeTexts', () => {
  it('lists exactly the paths the table calls free texts, each with its own text', () => {
    for (const journey of [makeJourney(), large]) {
      const texts = freeTexts(journey)
      expect(texts.length).toBeGreaterThan(10)
      for (const { path, step, text } of texts) {
        expect(freeTextStep(path), path).toBe(step)
        expect(getAt(journey, parsePath(path)), path).toBe(text)
        expect(text.trim()).not.toBe('')
      }
    }
  })

  it('goes step by step in the order of the steps, and phase by phase within a step', () => {
    const order = ['goal', 'central', 'phases', 'activities', 'touchpoints', 'moments', 'insights', 'extra']
    const steps = freeTexts(large).map((t) => order.indexOf(t.step))
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    const phaseOf = (path: string) => {
      const activity = large.activities[Number(/^activities\[(\d+)\]/.exec(path)?.[1])]
      return large.phases.findIndex((p) => p.id === activity?.phaseId)
    }
    const phases = freeTexts(large)
      .filter((t) => t.step === 'activities')
      .map((t) => phaseOf(t.path))
    expect(phases).toEqual([...phases].sort((a, b) => a - b))
  })

  it('leaves out empty texts, names, switched-off lanes and sources without a kind', () => {
    const journey = makeJourney()
    const provider = journey.lanes.find((l) => l.kind === 'provider')!
    const off: Journey = {
      ...journey,
      title: '   ',
      lanes: journey.lanes.map((l) => (l.id === provider.id ? { ...l, enabled: false } : l)),
      activities: journey.activities.map((a, i) =>
        i === 0 ? { ...a, evidence: { kind: 'none', source: 'vergeten bron' } } : a,
      ),
    }
    const paths = freeTexts(off).map((t) => t.path)
    expect(paths).not.toContain('title')
    expect(paths.some((p) => p.endsWith('.name') && !p.startsWith('phases'))).toBe(false)
    expect(paths).not.toContain('activities[0].evidence.source')
    const providerPaths = off.activities.flatMap((a, i) =>
      a.laneId === provider.id ? [`activities[${i}].title`] : [],
    )
    expect(providerPaths.length).toBeGreaterThan(0)
    for (const path of providerPaths) expect(paths).not.toContain(path)
  })

  it('reads the general note instead of the persona when the general process is mapped', () => {
    const journey = makeJourney()
    const general: Journey = {
      ...journey,
      central: { ...journey.central, mode: 'general', generalNote: 'Voor iedereen gelijk.' },
    }
    const paths = freeTexts(general).map((t) => t.path)
    expect(paths).toContain('central.generalNote')
    expect(paths).not.toContain('central.personas[0].description')
  })
})

describe('allTexts', () => {
  it('adds the names and roles to the free texts, so an abbreviation written out in a name counts', () => {
    const journey = makeJourney()
    const texts = allTexts(journey)
    expect(texts).toEqual(expect.arrayContaining(['Marie, 72', 'Inwoner', 'teamverantwoordelijke']))
    expect(texts).toEqual(expect.arrayContaining(freeTexts(journey).map((t) => t.text)))
    expect(texts).not.toContain('')
  })
})
