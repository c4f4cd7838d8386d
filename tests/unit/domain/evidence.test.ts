import { describe, expect, it } from 'vitest'
import {
  assumptionsOf,
  buildMapModel,
  createFigure,
  evidenceCounts,
  type AssumptionGroup,
  type Evidence,
  type Journey,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { edited } from './support'

const assumed: Evidence = { kind: 'assumption', source: '' }
const interviews: Evidence = { kind: 'interview', source: '5 interviews, maart 2026' }

/**
 * The identity-card journey, everything without a source: on the map the provider's letter is column 1,
 * the citizen reading it column 2 (moment 1, need 1), the provider's check column 3, the counter column 4
 * (moment 2, need 2 and opportunity 1) and the pick-up column 5 (moment 3).
 */
const journey = deepFreeze(makeJourney())
const j = (change: (d: Journey) => void) => deepFreeze(edited(journey, change))
const groups = (d: Journey) => assumptionsOf(d, buildMapModel(d))

describe('assumptionsOf: what the map says without research behind it', () => {
  const counter = 'Maakt een afspraak en gaat naar het loket'
  const waiting = 'Lang wachten ondanks een afspraak'
  const sms = 'Een wachtrij-sms voor wie een afspraak heeft'

  const ROWS: [string, (d: Journey) => void, AssumptionGroup[]][] = [
    ['nothing on an assumption', () => {}, []],
    [
      'a step',
      (d) => void (d.activities[2]!.evidence = assumed),
      [{ step: 4, title: counter, items: [{ kind: 'step', text: counter }] }],
    ],
    [
      'a moment, by its number',
      (d) => void (d.activities[2]!.moments[0]!.evidence = assumed),
      [{ step: 4, title: counter, items: [{ kind: 'moment', n: 2, text: waiting }] }],
    ],
    [
      'an opportunity and a need, numbered per kind, at the step of their moment',
      (d) => {
        d.insights[1]!.evidence = assumed
        d.insights[2]!.evidence = assumed
      },
      [
        {
          step: 2,
          title: 'Leest de oproepingsbrief van de gemeente',
          items: [{ kind: 'need', n: 1, text: 'De brief begrijpen zonder hulp' }],
        },
        { step: 4, title: counter, items: [{ kind: 'opportunity', n: 1, text: sms }] },
      ],
    ],
    [
      'a step, its moment and its insights: in that order',
      (d) => {
        d.insights[1]!.evidence = assumed
        d.insights[0]!.evidence = assumed
        d.activities[2]!.moments[0]!.evidence = assumed
        d.activities[2]!.evidence = assumed
      },
      [
        {
          step: 4,
          title: counter,
          items: [
            { kind: 'step', text: counter },
            { kind: 'moment', n: 2, text: waiting },
            { kind: 'need', n: 2, text: 'Vooraf weten hoe lang het wachten duurt' },
            { kind: 'opportunity', n: 1, text: sms },
          ],
        },
      ],
    ],
    [
      'steps in the order of the map, the provider’s too',
      (d) => {
        d.activities[4]!.evidence = assumed
        d.activities[1]!.evidence = assumed
      },
      [
        {
          step: 1,
          title: 'Stuurt de oproepingsbrief',
          items: [{ kind: 'step', text: 'Stuurt de oproepingsbrief' }],
        },
        {
          step: 5,
          title: 'Haalt de kaart op met de PIN-brief',
          items: [{ kind: 'step', text: 'Haalt de kaart op met de PIN-brief' }],
        },
      ],
    ],
    [
      'a source other than an assumption is not listed',
      (d) => {
        d.activities[2]!.evidence = interviews
        d.activities[2]!.moments[0]!.evidence = { kind: 'observed', source: '' }
        d.figures[0]!.evidence = { kind: 'figures', source: 'Jaarverslag' }
      },
      [],
    ],
    [
      'figures last, with their value and unit',
      (d) => {
        d.figures[0]!.evidence = assumed
        d.figures.push({ ...createFigure(), label: 'Aanvragen per jaar', value: '12000', evidence: assumed })
        d.figures.push({ ...createFigure(), label: 'Tevredenheid', evidence: assumed })
        d.figures.push({ ...createFigure(), value: '3', unit: 'loketten', evidence: assumed })
        d.activities[0]!.evidence = assumed
      },
      [
        {
          step: 2,
          title: 'Leest de oproepingsbrief van de gemeente',
          items: [{ kind: 'step', text: 'Leest de oproepingsbrief van de gemeente' }],
        },
        {
          step: null,
          title: '',
          items: [
            { kind: 'step', text: 'Gemiddelde wachttijd aan het loket: 25 minuten' },
            { kind: 'step', text: 'Aanvragen per jaar: 12000' },
            { kind: 'step', text: 'Tevredenheid' },
            { kind: 'step', text: '3 loketten' },
          ],
        },
      ],
    ],
  ]

  it.each(ROWS)('%s', (_name, change, expected) => {
    expect(groups(j(change))).toEqual(expected)
  })
})

describe('evidenceCounts: for the check page', () => {
  // 5 steps, 3 moments, 3 insights and 1 figure: 12 items.
  const ROWS: [string, (d: Journey) => void, { assumptions: number; backed: number; unknown: number }][] = [
    ['nothing said about any', () => {}, { assumptions: 0, backed: 0, unknown: 12 }],
    [
      'a step and a moment assumed',
      (d) => {
        d.activities[0]!.evidence = assumed
        d.activities[2]!.moments[0]!.evidence = assumed
      },
      { assumptions: 2, backed: 0, unknown: 10 },
    ],
    [
      'each kind of source counts as backed',
      (d) => {
        d.activities[0]!.evidence = interviews
        d.activities[1]!.evidence = { kind: 'observed', source: '' }
        d.insights[0]!.evidence = { kind: 'figures', source: '' }
        d.figures[0]!.evidence = interviews
      },
      { assumptions: 0, backed: 4, unknown: 8 },
    ],
    [
      'every item assumed',
      (d) => {
        d.activities.forEach((a) => {
          a.evidence = assumed
          a.moments.forEach((m) => (m.evidence = assumed))
        })
        d.insights.forEach((s) => (s.evidence = assumed))
        d.figures.forEach((f) => (f.evidence = assumed))
      },
      { assumptions: 12, backed: 0, unknown: 0 },
    ],
    [
      'items removed are not counted',
      (d) => {
        d.figures = []
        d.insights = []
      },
      { assumptions: 0, backed: 0, unknown: 8 },
    ],
  ]

  it.each(ROWS)('%s', (_name, change, counts) => {
    expect(evidenceCounts(j(change))).toEqual(counts)
  })
})
