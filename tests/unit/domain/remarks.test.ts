import { describe, expect, it } from 'vitest'
import {
  acceptRemark,
  answerRemark,
  buildMapModel,
  checkedByColumn,
  checkedBySteps,
  createActivity,
  createRemark,
  createStrength,
  currentTextOf,
  integrityIssues,
  journeySchema,
  LIST_LIMITS,
  mergeRemarks,
  remarkFieldPath,
  remarkSchema,
  remarksByTarget,
  setAt,
  targetExists,
  targetKey,
  TEXT_LIMITS,
  type Journey,
  type Remark,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { itemsOf, remarkOn, REVIEWED_AT, type On } from './remarkSupport'
import { edited } from './support'

/** A lone half of a surrogate pair: what a careless cut leaves behind. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The identity-card journey, frozen: no function may change what it is given. */
const base = (): Journey => deepFreeze(makeJourney())

/** `journey` with `remarks` as its remarks (frozen too). */
const withRemarks = (journey: Journey, remarks: Remark[]): Journey => deepFreeze({ ...journey, remarks })

describe('targetKey', () => {
  it.each([
    ['an activity', { kind: 'activity', step: 'activities', id: 'a1', label: 'x' }, 'activity:a1'],
    ['a touchpoint', { kind: 'touchpoint', step: 'touchpoints', id: 't9', label: '' }, 'touchpoint:t9'],
    ['a moment', { kind: 'moment', step: 'moments', id: 'm2', label: '' }, 'moment:m2'],
    ['an insight', { kind: 'insight', step: 'insights', id: 'i4', label: '' }, 'insight:i4'],
    ['a step of the method, by its step', { kind: 'step', step: 'goal', id: null, label: '' }, 'step:goal'],
    // A remark on a phase is a remark on the phases step: the same key for every phase's remark.
    ['the phases step', { kind: 'step', step: 'phases', id: null, label: 'Afhaling' }, 'step:phases'],
  ] as [string, Remark['target'], string][])('%s', (_name, target, key) => {
    expect(targetKey(target)).toBe(key)
  })

  it('tells two kinds with the same id apart', () => {
    const on = (kind: Remark['target']['kind']) => targetKey({ kind, step: 'goal', id: 'same', label: '' })
    expect(
      new Set(['activity', 'touchpoint', 'moment', 'insight'].map((k) => on(k as 'activity'))).size,
    ).toBe(4)
  })
})

/** A row: what the remark is about (given the journey), and what it says now and where it is edited. */
type ItemRow = [string, (j: Journey) => On, string | null | undefined, string | null]

const ITEM_ROWS: ItemRow[] = [
  [
    'an activity: its title',
    (j) => ({ kind: 'activity', id: itemsOf(j).appointment.id }),
    'Maakt een afspraak en gaat naar het loket',
    'activities[2].title',
  ],
  [
    'a touchpoint: its label, under its activity',
    (j) => ({ kind: 'touchpoint', id: itemsOf(j).counter.id }),
    'Loket Burgerzaken',
    'activities[2].touchpoints[1].label',
  ],
  [
    'a moment: its text',
    (j) => ({ kind: 'moment', id: itemsOf(j).waiting.id }),
    'Lang wachten ondanks een afspraak',
    'activities[2].moments[0].text',
  ],
  [
    'a moment of the last step',
    (j) => ({ kind: 'moment', id: j.activities[4]!.moments[0]!.id }),
    'Binnen vijf minuten buiten met de nieuwe kaart',
    'activities[4].moments[0].text',
  ],
  [
    'an insight: its text',
    (j) => ({ kind: 'insight', id: itemsOf(j).sms.id }),
    'Een wachtrij-sms voor wie een afspraak heeft',
    'insights[1].text',
  ],
  ['an item deleted meanwhile', () => ({ kind: 'activity', id: 'gone-since' }), null, null],
  // The kind is part of the key: an activity's id named as a touchpoint finds nothing.
  ['an id under the wrong kind', (j) => ({ kind: 'touchpoint', id: itemsOf(j).appointment.id }), null, null],
  ['a step of the method', () => ({ step: 'moments' }), undefined, null],
]

describe('currentTextOf, remarkFieldPath and targetExists', () => {
  it.each(ITEM_ROWS)('%s', (_name, on, text, path) => {
    const journey = base()
    const remark = remarkOn(on(journey), 'onthaal')
    expect(currentTextOf(journey, remark)).toBe(text)
    expect(remarkFieldPath(journey, remark)).toBe(path)
    expect(targetExists(journey, remark)).toBe(text !== null)
  })

  it('follows the item when it moves and when its text changes', () => {
    const journey = base()
    const remark = remarkOn({ kind: 'moment', id: itemsOf(journey).waiting.id }, 'onthaal')
    const moved = edited(journey, (j) => {
      j.activities.reverse()
      j.activities[2]!.moments[0]!.text = 'Een uur wachten'
    })
    expect(currentTextOf(moved, remark)).toBe('Een uur wachten')
    expect(remarkFieldPath(moved, remark)).toBe('activities[2].moments[0].text')
    const last = edited(journey, (j) => j.activities.push(j.activities.splice(2, 1)[0]!))
    expect(remarkFieldPath(last, remark)).toBe('activities[4].moments[0].text')
  })
})

describe('remarksByTarget', () => {
  it('groups remarks by what they are about, in the order they came', () => {
    const j = base()
    const { appointment, waiting } = itemsOf(j)
    const r1 = remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal')
    const r2 = remarkOn({ step: 'goal' }, 'onthaal')
    const r3 = remarkOn({ kind: 'activity', id: appointment.id }, 'loket')
    const r4 = remarkOn({ kind: 'moment', id: waiting.id }, 'loket')
    const r5 = remarkOn({ step: 'goal' }, 'directie')
    const grouped = remarksByTarget([r1, r2, r3, r4, r5])
    expect([...grouped.keys()]).toEqual([`activity:${appointment.id}`, 'step:goal', `moment:${waiting.id}`])
    expect(grouped.get(`activity:${appointment.id}`)).toEqual([r1, r3])
    expect(grouped.get('step:goal')).toEqual([r2, r5])
    expect(grouped.get(`moment:${waiting.id}`)).toEqual([r4])
  })

  it('gives an empty map for no remarks', () => {
    expect(remarksByTarget([]).size).toBe(0)
  })
})

describe('mergeRemarks', () => {
  const j = base()
  const { appointment, counter, waiting } = itemsOf(j)
  const a = remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal')
  const b = remarkOn({ kind: 'touchpoint', id: counter.id }, 'onthaal')
  const c = remarkOn({ step: 'central' }, 'loket')
  const gone = remarkOn({ kind: 'moment', id: 'deleted-moment', label: 'Wacht op de brief' }, 'loket')
  const d = remarkOn({ kind: 'moment', id: waiting.id }, 'directie')

  /** A row: the remarks the journey has, those that come in, and what the merge says and keeps. */
  type Row = [
    string,
    Remark[],
    Remark[],
    { added: number; duplicates: number; orphans: number; remarks: Remark[]; cut?: number },
  ]
  const ROWS: Row[] = [
    ['the first file', [], [a, b, c], { added: 3, duplicates: 0, orphans: 0, remarks: [a, b, c] }],
    [
      'the same file again',
      [a, b, c],
      [a, b, c],
      { added: 0, duplicates: 3, orphans: 0, remarks: [a, b, c] },
    ],
    [
      'a second colleague after the first',
      [a, b],
      [c, d],
      { added: 2, duplicates: 0, orphans: 0, remarks: [a, b, c, d] },
    ],
    [
      'a file with old and new remarks',
      [a, b],
      [b, d],
      { added: 1, duplicates: 1, orphans: 0, remarks: [a, b, d] },
    ],
    [
      'a remark on an item deleted meanwhile',
      [a],
      [gone],
      { added: 1, duplicates: 0, orphans: 1, remarks: [a, gone] },
    ],
    // Only what is added is counted as an orphan: the author was told about one already there.
    [
      'an orphan already there',
      [gone],
      [gone, d],
      { added: 1, duplicates: 1, orphans: 0, remarks: [gone, d] },
    ],
    ['a remark on a step is never an orphan', [], [c], { added: 1, duplicates: 0, orphans: 0, remarks: [c] }],
    ['nothing', [a], [], { added: 0, duplicates: 0, orphans: 0, remarks: [a] }],
  ]

  it.each(ROWS)('%s', (_name, had, incoming, expected) => {
    const journey = withRemarks(j, had)
    const merged = mergeRemarks(journey, deepFreeze(incoming))
    const { remarks, ...counts } = expected
    expect(merged).toEqual({ journey: { ...journey, remarks }, cut: 0, ...counts })
    // Nothing new: the very same document, so the store records no edit.
    if (expected.added === 0) expect(merged.journey).toBe(journey)
  })

  it('keeps a colleague’s remarks on the same item beside another colleague’s', () => {
    const first = remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal', { text: 'Klopt' })
    const second = remarkOn({ kind: 'activity', id: appointment.id }, 'loket', {
      verdict: 'disagree',
      text: 'Eerst bellen ze',
    })
    const once = mergeRemarks(j, [first]).journey
    const twice = mergeRemarks(once, [second]).journey
    expect(remarksByTarget(twice.remarks).get(`activity:${appointment.id}`)).toEqual([first, second])
  })

  it('touches nothing but the remarks', () => {
    const merged = mergeRemarks(j, [a]).journey
    expect({ ...merged, remarks: [] }).toEqual({ ...j, remarks: [] })
    expect(merged.activities).toBe(j.activities)
  })

  it('counts as added only what the list can still take (1000 remarks at most)', () => {
    // Regression: mergeRemarks cut the merged list at 1000 but reported every new remark as added, so near
    // the limit it said 3 remarks were added while only 1 was. Now what did not fit is counted apart.
    const full = withRemarks(
      j,
      Array.from({ length: 999 }, (_, i) => remarkOn({ step: 'goal' }, `collega ${i}`)),
    )
    const merged = mergeRemarks(full, [a, b, c])
    expect(merged.journey.remarks).toHaveLength(1000)
    expect(merged.added).toBe(1)
    expect(merged.cut).toBe(2)
  })

  it('adds a remark that a file holds twice only once', () => {
    // Regression: mergeRemarks de-duplicated against the journey's remarks only, not within the incoming list:
    // a feedback file that holds the same remark twice (two files pasted together by hand, say) put two
    // remarks with one id in the journey; answering or accepting then only ever reached the first.
    const merged = mergeRemarks(j, [a, a])
    expect(merged.journey.remarks.map((r) => r.id)).toEqual([a.id])
    expect(merged).toMatchObject({ added: 1, duplicates: 1 })
  })
})

describe('checkedByColumn and checkedBySteps', () => {
  const j = base()
  const { appointment, counter, waiting, pickUp, sms } = itemsOf(j)
  const model = buildMapModel(j)
  // The map's own columns, as the map passes them.
  const columns = model.columns
  const columnOf = (activityId: string) =>
    columns.find((c) => Object.values(c.cells).some((steps) => steps.some((s) => s.id === activityId)))!.id

  /** A row: the remarks, and how many colleagues checked the appointment's column, pick-up's, and per step. */
  type Row = [string, Remark[], { appointment: number; pickUp: number; steps: Record<string, number> }]
  const ROWS: Row[] = [
    ['no remarks', [], { appointment: 0, pickUp: 0, steps: {} }],
    [
      'one colleague on an activity, its touchpoint and its moment counts once',
      [
        remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal'),
        remarkOn({ kind: 'touchpoint', id: counter.id }, 'onthaal'),
        remarkOn({ kind: 'moment', id: waiting.id }, 'onthaal'),
      ],
      { appointment: 1, pickUp: 0, steps: { activities: 1, touchpoints: 1, moments: 1 } },
    ],
    [
      'two colleagues on the same column',
      [
        remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal'),
        remarkOn({ kind: 'moment', id: waiting.id }, 'loket'),
      ],
      { appointment: 2, pickUp: 0, steps: { activities: 1, moments: 1 } },
    ],
    [
      'the same role in other letters and spaces is one colleague',
      [
        remarkOn({ kind: 'activity', id: appointment.id }, 'Onthaal '),
        remarkOn({ kind: 'activity', id: appointment.id }, ' onthaal'),
      ],
      { appointment: 1, pickUp: 0, steps: { activities: 1 } },
    ],
    [
      'an insight counts for the column of its moment',
      [remarkOn({ kind: 'insight', id: sms.id }, 'directie')],
      { appointment: 1, pickUp: 0, steps: { insights: 1 } },
    ],
    [
      'colleagues without a role are told apart by their round',
      [
        remarkOn({ kind: 'activity', id: pickUp.id }, '', {}, 'Ronde A'),
        remarkOn({ kind: 'activity', id: pickUp.id }, '', {}, 'Ronde B'),
      ],
      { appointment: 0, pickUp: 2, steps: { activities: 2 } },
    ],
    [
      'a remark on a step of the method checks no column, only its step',
      [remarkOn({ step: 'goal' }, 'onthaal'), remarkOn({ step: 'goal' }, 'loket')],
      { appointment: 0, pickUp: 0, steps: { goal: 2 } },
    ],
    [
      'a remark on a deleted item checks no column, but its step',
      [remarkOn({ kind: 'activity', id: 'deleted' }, 'onthaal')],
      { appointment: 0, pickUp: 0, steps: { activities: 1 } },
    ],
  ]

  it.each(ROWS)('%s', (_name, remarks, expected) => {
    const journey = withRemarks(j, remarks)
    const checked = checkedByColumn(journey, columns)
    expect([...checked.keys()]).toEqual(columns.map((c) => c.id))
    expect(checked.get(columnOf(appointment.id))).toBe(expected.appointment)
    expect(checked.get(columnOf(pickUp.id))).toBe(expected.pickUp)
    const others = columns.filter((c) => c.id !== columnOf(appointment.id) && c.id !== columnOf(pickUp.id))
    for (const c of others) expect(checked.get(c.id)).toBe(0)
    expect(checkedBySteps(journey)).toEqual(expected.steps)
  })
})

describe('checkedByColumn: a column with steps in two lanes', () => {
  it('counts a remark on any step of the column, in either lane', () => {
    const j = deepFreeze(edited(makeJourney(), (d) => void (d.activities[3]!.besideId = d.activities[2]!.id)))
    const { appointment, waiting } = itemsOf(j)
    const provider = j.activities[3]!
    const model = buildMapModel(j)
    const column = model.columns.find((c) =>
      Object.values(c.cells)
        .flat()
        .some((s) => s.id === provider.id),
    )!
    expect(
      Object.values(column.cells)
        .flat()
        .map((s) => s.id),
    ).toEqual([appointment.id, provider.id])
    const journey = withRemarks(j, [
      remarkOn({ kind: 'activity', id: provider.id }, 'loket'),
      remarkOn({ kind: 'touchpoint', id: provider.touchpoints[0]!.id }, 'directie'),
      remarkOn({ kind: 'moment', id: waiting.id }, 'onthaal'),
    ])
    expect(checkedByColumn(journey, model.columns).get(column.id)).toBe(3)
  })
})

describe('acceptRemark', () => {
  const CITIZEN = 'citizen-lane'
  const j = base()
  const citizen = j.lanes[0]!.id
  const { appointment, counter, waiting, sms } = itemsOf(j)
  const application = j.phases[1]!

  /**
   * A row: the remark (given the journey), the lane the citizen's steps are in, and what the accepted
   * journey is (given the journey with the remark marked accepted), or 'full' / null.
   */
  type Row = [
    string,
    (j: Journey) => Remark,
    (marked: Journey, remark: Remark) => Journey | 'full' | null,
    /** The journey the remark is accepted in, when not the identity-card journey as it is. */
    ((j: Journey) => Journey)?,
  ]
  const proposal = (on: On, words: string) => () =>
    remarkOn(on, 'onthaal', { verdict: 'disagree', proposal: words })

  const ROWS: Row[] = [
    [
      'new words for an activity title',
      proposal({ kind: 'activity', id: appointment.id }, 'Belt eerst en maakt dan een afspraak'),
      (m) => setAt(m, ['activities', 2, 'title'], 'Belt eerst en maakt dan een afspraak'),
    ],
    [
      'new words for a touchpoint label',
      proposal({ kind: 'touchpoint', id: counter.id }, 'Onthaal in het Wijkhuis'),
      (m) => setAt(m, ['activities', 2, 'touchpoints', 1, 'label'], 'Onthaal in het Wijkhuis'),
    ],
    [
      'new words for a moment',
      proposal({ kind: 'moment', id: waiting.id }, 'Twintig minuten wachten'),
      (m) => setAt(m, ['activities', 2, 'moments', 0, 'text'], 'Twintig minuten wachten'),
    ],
    [
      'new words for an insight',
      proposal({ kind: 'insight', id: sms.id }, 'Een sms als je aan de beurt bent'),
      (m) => setAt(m, ['insights', 1, 'text'], 'Een sms als je aan de beurt bent'),
    ],
    [
      'a proposal trimmed and cleaned of control and direction characters',
      proposal({ kind: 'activity', id: appointment.id }, '  Maakt\u0007 een \u202Eafspraak\u202C\u0000  '),
      (m) => setAt(m, ['activities', 2, 'title'], 'Maakt een afspraak'),
    ],
    [
      'a proposal past the title’s maximum, clipped to it',
      proposal({ kind: 'activity', id: appointment.id }, 'lang '.repeat(100)),
      (m) => setAt(m, ['activities', 2, 'title'], 'lang '.repeat(100).trim().slice(0, TEXT_LIMITS.label)),
    ],
    [
      'a proposal past the touchpoint label’s maximum, clipped to it',
      proposal({ kind: 'touchpoint', id: counter.id }, 'x'.repeat(450)),
      (m) => setAt(m, ['activities', 2, 'touchpoints', 1, 'label'], 'x'.repeat(TEXT_LIMITS.label)),
    ],
    [
      'a comment without a proposal: only marked accepted',
      () => remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal', { text: 'Klopt helemaal' }),
      (m) => m,
    ],
    [
      'a proposal of only spaces: only marked accepted',
      proposal({ kind: 'moment', id: waiting.id }, '   \n '),
      (m) => m,
    ],
    [
      'a proposal for an item deleted meanwhile: only marked accepted',
      proposal({ kind: 'activity', id: 'deleted-since' }, 'Andere woorden'),
      (m) => m,
    ],
    [
      'a proposal on a step of the method: only marked accepted',
      proposal({ step: 'goal' }, 'Een ander doel'),
      (m) => m,
    ],
    [
      'a strong point at a moment, with who named it',
      () =>
        remarkOn({ kind: 'moment', id: waiting.id }, 'onthaalmedewerker', {
          verdict: 'strength',
          text: 'Iedereen krijgt een stoel en water',
        }),
      (m) => ({
        ...m,
        aha: {
          ...m.aha,
          strengths: [
            ...m.aha.strengths,
            {
              id: expect.any(String) as string,
              text: 'Iedereen krijgt een stoel en water',
              role: 'onthaalmedewerker',
              momentId: waiting.id,
            },
          ],
        },
      }),
    ],
    [
      'a strong point on an activity: its proposal, at no moment',
      () =>
        remarkOn({ kind: 'activity', id: appointment.id }, 'loket', {
          verdict: 'strength',
          text: 'Uitleg bij de afspraak',
          proposal: 'De afsprakenmodule is duidelijk',
        }),
      (m) => ({
        ...m,
        aha: {
          ...m.aha,
          strengths: [
            ...m.aha.strengths,
            {
              id: expect.any(String) as string,
              text: 'De afsprakenmodule is duidelijk',
              role: 'loket',
              momentId: null,
            },
          ],
        },
      }),
    ],
    [
      'a strong point without words: only marked accepted',
      () => remarkOn({ kind: 'moment', id: waiting.id }, 'loket', { verdict: 'strength' }),
      (m) => m,
    ],
    [
      'a strong point when the list is at its maximum: full, nothing changes',
      () => remarkOn({ kind: 'moment', id: waiting.id }, 'loket', { verdict: 'strength', text: 'Snel' }),
      () => 'full',
      (journey) => ({
        ...journey,
        aha: {
          ...journey.aha,
          strengths: Array.from({ length: LIST_LIMITS.strengths }, () => ({
            ...createStrength(),
            text: 'Goed',
          })),
        },
      }),
    ],
    [
      'a strong point when the list has room for one more',
      () => remarkOn({ kind: 'moment', id: waiting.id }, 'loket', { verdict: 'strength', text: 'Snel' }),
      (m) => ({
        ...m,
        aha: {
          ...m.aha,
          strengths: [
            ...m.aha.strengths,
            { id: expect.any(String) as string, text: 'Snel', role: 'loket', momentId: waiting.id },
          ],
        },
      }),
      (journey) => ({
        ...journey,
        aha: {
          ...journey.aha,
          strengths: Array.from({ length: LIST_LIMITS.strengths - 1 }, () => ({
            ...createStrength(),
            text: 'Goed',
          })),
        },
      }),
    ],
    [
      'a missing step: a new citizen activity in its phase, titled by the proposal',
      () =>
        remarkOn({ step: 'activities' }, 'onthaal', {
          verdict: 'missing',
          text: 'Veel mensen bellen eerst het onthaal.',
          proposal: 'Belt het onthaal',
          phaseId: application.id,
        }),
      (m) => ({
        ...m,
        activities: [
          ...m.activities,
          {
            ...createActivity(application.id, CITIZEN),
            id: expect.any(String) as string,
            title: 'Belt het onthaal',
            description: 'Veel mensen bellen eerst het onthaal.',
          },
        ],
      }),
    ],
    [
      'a missing step without a proposal: titled by its text, no description',
      () =>
        remarkOn({ step: 'activities' }, 'onthaal', {
          verdict: 'missing',
          text: '  Belt het \u202Eonthaal  ',
          phaseId: application.id,
        }),
      (m) => ({
        ...m,
        activities: [
          ...m.activities,
          {
            ...createActivity(application.id, CITIZEN),
            id: expect.any(String) as string,
            title: 'Belt het onthaal',
            description: '',
          },
        ],
      }),
    ],
    [
      'a missing step with a title past its maximum, clipped',
      () =>
        remarkOn({ step: 'activities' }, 'onthaal', {
          verdict: 'missing',
          proposal: 'stap '.repeat(80),
          phaseId: application.id,
        }),
      (m) => ({
        ...m,
        activities: [
          ...m.activities,
          {
            ...createActivity(application.id, CITIZEN),
            id: expect.any(String) as string,
            title: 'stap '.repeat(80).trim().slice(0, TEXT_LIMITS.label),
          },
        ],
      }),
    ],
    [
      'a missing step in a phase deleted meanwhile: only marked accepted',
      () =>
        remarkOn({ step: 'activities' }, 'onthaal', {
          verdict: 'missing',
          proposal: 'Belt het onthaal',
          phaseId: 'deleted-phase',
        }),
      (m) => m,
    ],
    [
      'a missing step without a phase: only marked accepted',
      () => remarkOn({ step: 'activities' }, 'onthaal', { verdict: 'missing', proposal: 'Belt het onthaal' }),
      (m) => m,
    ],
  ]

  it.each(ROWS)('%s', (_name, make, expected, prepare = (journey) => journey) => {
    const remark = make(j)
    const journey = withRemarks(prepare(j), [remark])
    const accepted = acceptRemark(journey, remark.id, CITIZEN)
    const marked = setAt(journey, ['remarks', 0, 'state'], 'accepted')
    const want = expected(marked, remark)
    expect(accepted).toEqual(want)
    if (typeof accepted === 'object' && accepted !== null) {
      expect(accepted.remarks[0]!.state).toBe('accepted')
      expect(journey.remarks[0]!.state).toBe('open')
    }
  })

  it('says full for a missing step when the journey has its most activities, and changes nothing', () => {
    const many = Array.from({ length: LIST_LIMITS.activities }, () => ({
      ...createActivity(application.id, citizen),
      title: 'Stap',
    }))
    const remark = remarkOn({ step: 'activities' }, 'onthaal', {
      verdict: 'missing',
      proposal: 'Belt het onthaal',
      phaseId: application.id,
    })
    const journey = withRemarks({ ...j, activities: many }, [remark])
    expect(acceptRemark(journey, remark.id, citizen)).toBe('full')
    // One activity fewer, and the step is added as the 600th.
    const room = withRemarks({ ...j, activities: many.slice(1) }, [remark])
    const accepted = acceptRemark(room, remark.id, citizen)
    expect(accepted !== 'full' && accepted?.activities).toHaveLength(LIST_LIMITS.activities)
  })

  it('adds no missing step without the citizen lane, only marks it accepted', () => {
    const remark = remarkOn({ step: 'activities' }, 'onthaal', {
      verdict: 'missing',
      proposal: 'Belt het onthaal',
      phaseId: application.id,
    })
    const journey = withRemarks(j, [remark])
    expect(acceptRemark(journey, remark.id, null)).toEqual(
      setAt(journey, ['remarks', 0, 'state'], 'accepted'),
    )
  })

  it('gives null for a remark the journey does not have', () => {
    const remark = remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal', { proposal: 'X' })
    expect(acceptRemark(withRemarks(j, [remark]), 'not-a-remark', citizen)).toBeNull()
    expect(acceptRemark(j, remark.id, citizen)).toBeNull()
  })

  it('accepts the right one of several remarks', () => {
    const first = remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal', { proposal: 'Eerste' })
    const second = remarkOn({ kind: 'activity', id: appointment.id }, 'loket', { proposal: 'Tweede' })
    const accepted = acceptRemark(withRemarks(j, [first, second]), second.id, citizen) as Journey
    expect(accepted.activities[2]!.title).toBe('Tweede')
    expect(accepted.remarks.map((r) => r.state)).toEqual(['open', 'accepted'])
  })

  it('leaves a journey its own reader accepts, whatever remark is accepted', () => {
    const remarks = [
      remarkOn({ kind: 'activity', id: appointment.id }, 'a', { proposal: 'Nieuw' }),
      remarkOn({ kind: 'moment', id: waiting.id }, 'b', { verdict: 'strength', text: 'Goed' }),
      remarkOn({ step: 'activities' }, 'c', {
        verdict: 'missing',
        proposal: 'Belt',
        phaseId: application.id,
      }),
    ]
    let journey = withRemarks(j, remarks)
    for (const r of remarks) journey = acceptRemark(journey, r.id, citizen) as Journey
    expect(integrityIssues(journey)).toEqual([])
    expect(journeySchema.parse(JSON.parse(JSON.stringify(journey)))).toEqual(journey)
  })

  it('accepts a strong point on a moment deleted meanwhile without pointing at that moment', () => {
    // Regression: acceptRemark gives the new strong point `momentId: remark.target.id` whenever the remark is on a
    // moment, without checking that the moment still exists. A colleague's strong point on a moment the
    // author deleted since (an orphan remark, which the merge keeps on purpose) becomes a strength pointing
    // at no moment: the journey breaks the integrity rule `errors.integrity.moment` (aha.strengths[i]
    // .momentId), so the next reload has to mend it and tells the author their draft was repaired.
    const remark = remarkOn({ kind: 'moment', id: 'deleted-moment', label: 'Wacht op de brief' }, 'loket', {
      verdict: 'strength',
      text: 'Snel geholpen',
    })
    const accepted = acceptRemark(withRemarks(j, [remark]), remark.id, citizen) as Journey
    expect(accepted.aha.strengths.at(-1)).toMatchObject({ text: 'Snel geholpen', momentId: null })
    expect(integrityIssues(accepted)).toEqual([])
  })

  it('never cuts an emoji in half when it clips a proposal', () => {
    // Regression: acceptRemark clips with `.slice(0, max)`, which can end in the first half of a surrogate pair
    // (repair.ts `clamp` avoids exactly this): a title of 199 letters and an emoji becomes 199 letters and a
    // lone surrogate, drawn as "�" on paper and dropped from the Word report.
    const remark = remarkOn({ kind: 'activity', id: appointment.id }, 'onthaal', {
      proposal: `${'a'.repeat(TEXT_LIMITS.label - 1)}😀 en meer`,
    })
    const accepted = acceptRemark(withRemarks(j, [remark]), remark.id, citizen) as Journey
    expect(accepted.activities[2]!.title).not.toMatch(LONE_SURROGATE)
  })

  it('cleans the role and the description it takes from a colleague’s remark as well', () => {
    // Regression: acceptRemark cleans the proposal (cleanText) but puts the colleague's role (`remark.by`) into the
    // strong point, and the remark's text into a missing step's description, as they are: a right-to-left
    // override typed in review mode then turns the map's text around (what cleanText is there to prevent).
    const strength = remarkOn({ kind: 'moment', id: waiting.id }, 'onthaal\u202E', {
      verdict: 'strength',
      text: 'Snel',
    })
    const missing = remarkOn({ step: 'activities' }, 'loket', {
      verdict: 'missing',
      text: 'Eerst \u202Ebellen',
      proposal: 'Belt het onthaal',
      phaseId: application.id,
    })
    const one = acceptRemark(withRemarks(j, [strength]), strength.id, citizen) as Journey
    const two = acceptRemark(withRemarks(j, [missing]), missing.id, citizen) as Journey
    expect(one.aha.strengths.at(-1)!.role).toBe('onthaal')
    expect(two.activities.at(-1)!.description).toBe('Eerst bellen')
  })
})

describe('answerRemark', () => {
  const j = base()
  const first = remarkOn({ step: 'goal' }, 'onthaal')
  const second = remarkOn({ step: 'central' }, 'loket')
  const journey = withRemarks(j, [first, second])

  it.each([
    ['answered, with the answer', 'Dank je, aangepast.', 'answered'],
    ['set aside', '', 'setAside'],
    ['opened again', 'Toch nog bekijken', 'open'],
  ] as [string, string, Remark['state']][])('%s', (_name, answer, state) => {
    const answered = answerRemark(journey, second.id, answer, state)
    expect(answered.remarks).toEqual([first, { ...second, answer, state }])
    expect(answered.activities).toBe(journey.activities)
  })

  it('leaves the journey as it is for a remark it does not have', () => {
    expect(answerRemark(journey, 'nope', 'x', 'answered')).toBe(journey)
  })
})

describe('createRemark', () => {
  it('makes an open remark of a colleague, which the schema reads as it is', () => {
    const target = { kind: 'moment' as const, step: 'moments' as const, id: 'm1', label: 'Lang wachten' }
    const remark = createRemark(
      target,
      'disagree',
      'Łukasz Őrs, onthaal',
      'Ronde met het onthaal',
      REVIEWED_AT,
    )
    expect(remark).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/) as string,
      by: 'Łukasz Őrs, onthaal',
      at: '2026-11-20T10:15:00.000Z',
      target,
      verdict: 'disagree',
      text: '',
      proposal: '',
      phaseId: null,
      state: 'open',
      answer: '',
      round: 'Ronde met het onthaal',
    })
    expect(remarkSchema.parse(remark)).toEqual(remark)
  })

  it('gives every remark an id of its own', () => {
    const target = { kind: 'step' as const, step: 'goal' as const, id: null, label: '' }
    const ids = Array.from({ length: 50 }, () => createRemark(target, 'agree', '', '', REVIEWED_AT).id)
    expect(new Set(ids).size).toBe(50)
  })
})
