import { describe, expect, it } from 'vitest'
import {
  createActivity,
  createImage,
  createLane,
  createMoment,
  createPersona,
  createPhase,
  createStrength,
  createTouchpoint,
  diffJourneys,
  type Change,
  type Journey,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { edited, PNG } from './support'

/** A row: the change made to the complete journey, and the changes the diff then names (given before and after). */
type Row = [string, (j: Journey) => void, (before: Journey, after: Journey) => Change[]]

const ROWS: Row[] = [
  ['nothing', () => {}, () => []],
  // journey fields
  [
    'the title',
    (j) => (j.title = 'eID aanvragen'),
    (b) => [
      {
        kind: 'changed',
        item: 'journey',
        name: '',
        phase: '',
        field: 'title',
        before: b.title,
        after: 'eID aanvragen',
      },
    ],
  ],
  [
    'the case and the goal',
    (j) => ((j.caseDescription = 'Nieuw'), (j.goal = 'Ander doel')),
    (b) => [
      {
        kind: 'changed',
        item: 'journey',
        name: '',
        phase: '',
        field: 'caseDescription',
        before: b.caseDescription,
        after: 'Nieuw',
      },
      {
        kind: 'changed',
        item: 'journey',
        name: '',
        phase: '',
        field: 'goal',
        before: b.goal,
        after: 'Ander doel',
      },
    ],
  ],
  [
    'the central mode and its note',
    (j) => ((j.central.mode = 'general'), (j.central.generalNote = 'Voor iedereen')),
    () => [
      {
        kind: 'changed',
        item: 'journey',
        name: '',
        phase: '',
        field: 'mode',
        before: 'persona',
        after: 'general',
      },
      {
        kind: 'changed',
        item: 'journey',
        name: '',
        phase: '',
        field: 'generalNote',
        before: '',
        after: 'Voor iedereen',
      },
    ],
  ],
  // personas and lanes
  [
    'a persona added',
    (j) => j.central.personas.push({ ...createPersona(), name: 'Ahmed' }),
    () => [{ kind: 'added', item: 'persona', name: 'Ahmed', phase: '' }],
  ],
  [
    'a persona renamed',
    (j) => (j.central.personas[0]!.name = 'Marie, 73'),
    () => [
      {
        kind: 'changed',
        item: 'persona',
        name: 'Marie, 73',
        phase: '',
        field: 'name',
        before: 'Marie, 72',
        after: 'Marie, 73',
      },
    ],
  ],
  [
    'a lane added',
    (j) => j.lanes.push(createLane('user', 'Mantelzorger')),
    () => [{ kind: 'added', item: 'lane', name: 'Mantelzorger', phase: '' }],
  ],
  [
    'a lane switched off',
    (j) => (j.lanes[1]!.enabled = false),
    () => [
      {
        kind: 'changed',
        item: 'lane',
        name: 'Dienst Burgerzaken',
        phase: '',
        field: 'enabled',
        before: 'true',
        after: 'false',
      },
    ],
  ],
  [
    'an unnamed lane removed, known by its kind',
    (j) => ((j.lanes[1]!.name = ''), (j.lanes = j.lanes.slice(0, 1))),
    () => [{ kind: 'removed', item: 'lane', name: 'Dienst Burgerzaken', phase: '' }],
  ],
  // phases
  [
    'a phase added',
    (j) => j.phases.push(createPhase('Nazorg')),
    () => [{ kind: 'added', item: 'phase', name: 'Nazorg', phase: '' }],
  ],
  [
    'a phase renamed',
    (j) => (j.phases[2]!.name = 'Ophalen'),
    () => [
      {
        kind: 'changed',
        item: 'phase',
        name: 'Ophalen',
        phase: '',
        field: 'name',
        before: 'Afhaling',
        after: 'Ophalen',
      },
    ],
  ],
  // activities
  [
    'an activity added, with the phase it is in',
    (j) => j.activities.push({ ...createActivity(j.phases[2]!.id, j.lanes[1]!.id), title: 'Stuurt een sms' }),
    () => [{ kind: 'added', item: 'activity', name: 'Stuurt een sms', phase: 'Afhaling' }],
  ],
  [
    'an activity removed, with what hung on it',
    (j) => (j.activities = j.activities.filter((_, i) => i !== 4)),
    (b) => [
      { kind: 'removed', item: 'activity', name: 'Haalt de kaart op met de PIN-brief', phase: 'Afhaling' },
      { kind: 'removed', item: 'touchpoint', name: 'PIN/PUK-brief', phase: 'Afhaling' },
      { kind: 'removed', item: 'touchpoint', name: 'Afhaalloket', phase: 'Afhaling' },
      { kind: 'removed', item: 'moment', name: b.activities[4]!.moments[0]!.text, phase: 'Afhaling' },
    ],
  ],
  [
    'an activity placed beside a citizen step',
    (j) => (j.activities[3]!.besideId = j.activities[2]!.id),
    (b) => [
      {
        kind: 'changed',
        item: 'activity',
        name: 'Controleert de pasfoto en neemt vingerafdrukken',
        phase: 'Aanvraag aan het loket',
        field: 'besideId',
        before: '',
        after: b.activities[2]!.id,
      },
    ],
  ],
  [
    'a hand-off, shown as JSON',
    (j) => (j.activities[0]!.handoff = { to: 'OCMW' }),
    () => [
      {
        kind: 'changed',
        item: 'activity',
        name: 'Leest de oproepingsbrief van de gemeente',
        phase: 'Oriëntatie',
        field: 'handoff',
        before: '',
        after: '{"to":"OCMW"}',
      },
    ],
  ],
  [
    'the evidence of an activity',
    (j) => (j.activities[0]!.evidence = { kind: 'observed', source: 'Loket, maart' }),
    () => [
      {
        kind: 'changed',
        item: 'activity',
        name: 'Leest de oproepingsbrief van de gemeente',
        phase: 'Oriëntatie',
        field: 'evidence',
        before: '{"kind":"none","source":""}',
        after: '{"kind":"observed","source":"Loket, maart"}',
      },
    ],
  ],
  // touchpoints and moments
  [
    'a touchpoint added, in the phase of its activity',
    (j) => j.activities[1]!.touchpoints.push({ ...createTouchpoint('phone'), label: 'Infolijn' }),
    () => [{ kind: 'added', item: 'touchpoint', name: 'Infolijn', phase: 'Oriëntatie' }],
  ],
  [
    'a touchpoint’s channel and mode',
    (j) => Object.assign(j.activities[0]!.touchpoints[0]!, { channel: 'ebox', mode: 'digital' }),
    () => [
      {
        kind: 'changed',
        item: 'touchpoint',
        name: 'Oproepingsbrief',
        phase: 'Oriëntatie',
        field: 'channel',
        before: 'letter',
        after: 'ebox',
      },
      {
        kind: 'changed',
        item: 'touchpoint',
        name: 'Oproepingsbrief',
        phase: 'Oriëntatie',
        field: 'mode',
        before: 'physical',
        after: 'digital',
      },
    ],
  ],
  [
    'a touchpoint’s e-inclusion note',
    (j) => (j.activities[2]!.touchpoints[0]!.exclusion = 'Wie geen computer heeft'),
    () => [
      {
        kind: 'changed',
        item: 'touchpoint',
        name: 'Afsprakenmodule',
        phase: 'Aanvraag aan het loket',
        field: 'exclusion',
        before: '',
        after: 'Wie geen computer heeft',
      },
    ],
  ],
  [
    'a moment’s emotion',
    (j) => (j.activities[2]!.moments[0]!.emotion = -1),
    () => [
      {
        kind: 'changed',
        item: 'moment',
        name: 'Lang wachten ondanks een afspraak',
        phase: 'Aanvraag aan het loket',
        field: 'emotion',
        before: '-2',
        after: '-1',
      },
    ],
  ],
  [
    'a moment added',
    (j) => j.activities[3]!.moments.push({ ...createMoment(-1), text: 'Drukte' }),
    () => [{ kind: 'added', item: 'moment', name: 'Drukte', phase: 'Aanvraag aan het loket' }],
  ],
  // the aha-exercise and insights
  [
    'a point to improve reworded',
    (j) => (j.aha.improvements[0]!.text = 'Wachttijd tonen'),
    (b) => [
      {
        kind: 'changed',
        item: 'improvement',
        name: 'Wachttijd tonen',
        phase: '',
        field: 'text',
        before: b.aha.improvements[0]!.text,
        after: 'Wachttijd tonen',
      },
    ],
  ],
  [
    'a point to improve moved to another moment',
    (j) => (j.aha.improvements[0]!.momentId = j.activities[4]!.moments[0]!.id),
    (b) => [
      {
        kind: 'changed',
        item: 'improvement',
        name: b.aha.improvements[0]!.text,
        phase: '',
        field: 'momentId',
        before: b.aha.improvements[0]!.momentId!,
        after: b.activities[4]!.moments[0]!.id,
      },
    ],
  ],
  [
    'a strong point added',
    (j) => j.aha.strengths.push({ ...createStrength(), text: 'Snel' }),
    () => [{ kind: 'added', item: 'strength', name: 'Snel', phase: '' }],
  ],
  [
    'the role of a strong point',
    (j) => (j.aha.strengths[0]!.role = 'onthaal'),
    (b) => [
      {
        kind: 'changed',
        item: 'strength',
        name: b.aha.strengths[0]!.text,
        phase: '',
        field: 'role',
        before: 'teamverantwoordelijke',
        after: 'onthaal',
      },
    ],
  ],
  [
    'an insight’s kind',
    (j) => (j.insights[2]!.kind = 'opportunity'),
    () => [
      {
        kind: 'changed',
        item: 'insight',
        name: 'De brief begrijpen zonder hulp',
        phase: '',
        field: 'kind',
        before: 'need',
        after: 'opportunity',
      },
    ],
  ],
  [
    'an opportunity’s action',
    (j) => (j.insights[1]!.action.status = 'doing'),
    (b) => [
      expect.objectContaining({
        kind: 'changed',
        item: 'insight',
        name: b.insights[1]!.text,
        field: 'action',
        after: expect.stringContaining('"status":"doing"'),
      }),
    ],
  ],
  [
    'an insight removed',
    (j) => j.insights.pop(),
    () => [{ kind: 'removed', item: 'insight', name: 'De brief begrijpen zonder hulp', phase: '' }],
  ],
  // extra information
  [
    'a figure’s value, with its phase',
    (j) => (j.figures[0]!.value = '30'),
    () => [
      {
        kind: 'changed',
        item: 'figure',
        name: 'Gemiddelde wachttijd aan het loket',
        phase: 'Aanvraag aan het loket',
        field: 'value',
        before: '25',
        after: '30',
      },
    ],
  ],
  [
    'a quote taken out of its phase',
    (j) => (j.quotes[0]!.phaseId = null),
    (b) => [
      {
        kind: 'changed',
        item: 'quote',
        name: b.quotes[0]!.text,
        phase: '',
        field: 'phaseId',
        before: b.quotes[0]!.phaseId!,
        after: '',
      },
    ],
  ],
  [
    'an image added, known by its caption or else its alt text',
    (j) => j.images.push(createImage({ dataUrl: PNG, width: 1, height: 1, alt: 'Wachtzaal' })),
    () => [{ kind: 'added', item: 'image', name: 'Wachtzaal', phase: '' }],
  ],
]

describe('diffJourneys', () => {
  it.each(ROWS)('names %s', (_name, change, expected) => {
    const before = deepFreeze(makeJourney())
    const after = edited(before, change)
    expect(diffJourneys(before, after)).toEqual(expected(before, after))
  })

  it('matches items by id, so reordering them is no change', () => {
    const before = makeJourney()
    const after = edited(before, (j) => {
      j.activities.reverse()
      j.phases.reverse()
      j.insights.reverse()
    })
    expect(diffJourneys(before, after)).toEqual([])
  })

  it('lists the journey’s own fields first, then the items in the order of the journey', () => {
    const before = makeJourney()
    const after = edited(before, (j) => {
      j.quotes[0]!.role = 'inwoner'
      j.phases[0]!.name = 'Vooraf'
      j.title = 'Anders'
    })
    expect(diffJourneys(before, after).map((c) => [c.item, c.field])).toEqual([
      ['journey', 'title'],
      ['phase', 'name'],
      ['quote', 'role'],
    ])
  })

  it('is symmetric: the other way round, what was added is removed', () => {
    const before = makeJourney()
    const after = edited(before, (j) => j.phases.push(createPhase('Nazorg')))
    expect(diffJourneys(after, before)).toEqual([
      { kind: 'removed', item: 'phase', name: 'Nazorg', phase: '' },
    ])
  })
})
