import { describe, expect, it } from 'vitest'
import {
  journeySchema,
  LIST_LIMITS,
  placeOf,
  repairJourney,
  TEXT_LIMITS,
  type Journey,
  type Path,
  type RepairKind,
} from '@/domain'
import { deepFreeze } from '../../fixtures/versions/load'
import { currentJourney, loose, normalize, normalized, NOW, type Loose } from './support'

/** A lone half of a surrogate pair: what a careless cut leaves behind. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const phase = (i: number) => ({ id: `extra-${i}`, name: `Fase ${i}`, description: '' })

interface Row {
  /** What is broken. */
  name: string
  break: (doc: Loose) => void
  /** The notes, in order: the kind and the path of the issue (its place is `placeOf` the broken document). */
  notes: { kind: RepairKind; path: Path; max?: number }[]
  /** What the repaired journey holds. */
  check: (journey: Journey, broken: Loose) => void
}

/** The frozen current journey (`journey-v3.json`): 3 phases, lanes citizen + provider, 5 activities. */
const ROWS: Row[] = [
  // clamped
  {
    name: 'a 20,000-character activity description',
    break: (d) => (d.activities[1].description = 'x'.repeat(20_000)),
    notes: [{ kind: 'clamped', path: ['activities', 1, 'description'], max: 10_000 }],
    check: (j) => expect(j.activities[1]?.description).toBe('x'.repeat(10_000)),
  },
  {
    name: 'a moment text of 10,001 characters in the provider lane',
    break: (d) => (d.activities[4].moments[0].text = 'y'.repeat(10_001)),
    notes: [{ kind: 'clamped', path: ['activities', 4, 'moments', 0, 'text'], max: 10_000 }],
    check: (j) => expect(j.activities[4]?.moments[0]?.text).toHaveLength(10_000),
  },
  {
    name: 'a title of 161 characters',
    break: (d) => (d.title = 't'.repeat(161)),
    notes: [{ kind: 'clamped', path: ['title'], max: 160 }],
    check: (j) => expect(j.title).toBe('t'.repeat(160)),
  },
  {
    name: 'a phase name of 121 characters',
    break: (d) => (d.phases[2].name = 'n'.repeat(121)),
    notes: [{ kind: 'clamped', path: ['phases', 2, 'name'], max: 120 }],
    check: (j) => expect(j.phases[2]?.name).toHaveLength(120),
  },
  // listCut
  {
    name: '31 phases',
    break: (d) => d.phases.push(...Array.from({ length: 28 }, (_, i) => phase(i))),
    notes: [{ kind: 'listCut', path: ['phases'], max: 30 }],
    check: (j, broken) => expect(j.phases).toEqual(broken.phases.slice(0, 30)),
  },
  {
    name: '21 moments on one activity',
    break: (d) =>
      (d.activities[0].moments = Array.from({ length: 21 }, (_, i) => ({
        id: `m${i}`,
        text: `${i}`,
        emotion: 1,
      }))),
    notes: [{ kind: 'listCut', path: ['activities', 0, 'moments'], max: 20 }],
    check: (j) =>
      expect(j.activities[0]?.moments.map((m) => m.text)).toEqual(
        Array.from({ length: 20 }, (_, i) => `${i}`),
      ),
  },
  {
    name: '9 lanes',
    break: (d) =>
      d.lanes.push(
        ...Array.from({ length: 7 }, (_, i) => ({ id: `u${i}`, kind: 'user', name: `U${i}`, enabled: true })),
      ),
    notes: [{ kind: 'listCut', path: ['lanes'], max: 8 }],
    check: (j) =>
      expect(j.lanes.map((l) => l.id)).toEqual([
        'lane-citizen',
        'lane-provider',
        'u0',
        'u1',
        'u2',
        'u3',
        'u4',
        'u5',
      ]),
  },
  {
    name: '41 strong points',
    break: (d) =>
      (d.aha.strengths = Array.from({ length: 41 }, (_, i) => ({
        id: `s${i}`,
        text: 'Goed',
        role: 'r',
        momentId: null,
      }))),
    notes: [{ kind: 'listCut', path: ['aha', 'strengths'], max: 40 }],
    check: (j) => expect(j.aha.strengths).toHaveLength(40),
  },
  // defaulted
  {
    name: 'an unknown channel',
    break: (d) => (d.activities[0].touchpoints[0].channel = 'fax'),
    notes: [{ kind: 'defaulted', path: ['activities', 0, 'touchpoints', 0, 'channel'] }],
    check: (j) =>
      expect(j.activities[0]?.touchpoints[0]).toMatchObject({
        channel: 'other',
        label: 'Stadswebsite – parkeren',
      }),
  },
  {
    name: 'an unknown touchpoint mode',
    break: (d) => (d.activities[0].touchpoints[0].mode = 'video'),
    notes: [{ kind: 'defaulted', path: ['activities', 0, 'touchpoints', 0, 'mode'] }],
    // The channel's own mode (a website is digital), not a guess.
    check: (j) => expect(j.activities[0]?.touchpoints[0]?.mode).toBe('digital'),
  },
  ...(
    [
      [0, -1],
      [5, 2],
      [-3, -2],
      [1.5, 2],
      [-0.5, -1],
      [0.2, 1],
    ] as const
  ).map(([emotion, expected]): Row => ({
    name: `a moment with emotion ${emotion}`,
    break: (d) => (d.activities[0].moments[0].emotion = emotion),
    notes: [{ kind: 'defaulted', path: ['activities', 0, 'moments', 0, 'emotion'] }],
    check: (j) => expect(j.activities[0]?.moments[0]?.emotion).toBe(expected),
  })),
  {
    name: 'an activity title that is a number',
    break: (d) => (d.activities[3].title = 42),
    notes: [{ kind: 'defaulted', path: ['activities', 3, 'title'] }],
    check: (j) => expect(j.activities[3]?.title).toBe('42'),
  },
  {
    name: 'a goal that is not a text (a top-level field, removed so its default fills it)',
    break: (d) => (d.goal = { tekst: 'x' }),
    notes: [{ kind: 'defaulted', path: ['goal'] }],
    check: (j) => expect(j.goal).toBe(''),
  },
  {
    name: 'a negative revision',
    break: (d) => (d.revision = -1),
    notes: [{ kind: 'defaulted', path: ['revision'] }],
    check: (j) => expect(j.revision).toBe(0),
  },
  {
    name: 'a creation date that is not ISO',
    break: (d) => (d.createdAt = '4 maart 2024'),
    notes: [{ kind: 'defaulted', path: ['createdAt'] }],
    check: (j) => expect(j.createdAt).toBe(NOW.toISOString()),
  },
  {
    name: 'an origin that is not an object',
    break: (d) => (d.origin = 'elders'),
    notes: [{ kind: 'defaulted', path: ['origin'] }],
    check: (j) => expect(j.origin).toEqual({ kind: 'new', importedAt: null, sourceTitle: '' }),
  },
  {
    name: 'a hand-off that is a text',
    break: (d) => (d.activities[3].handoff = 'de provincie'),
    notes: [{ kind: 'defaulted', path: ['activities', 3, 'handoff'] }],
    check: (j) => expect(j.activities[3]?.handoff).toBeNull(),
  },
  {
    name: 'a due date that is not yyyy-mm-dd',
    break: (d) => (d.insights[1].action.due = 'morgen'),
    notes: [{ kind: 'defaulted', path: ['insights', 1, 'action', 'due'] }],
    check: (j) => expect(j.insights[1]?.action).toMatchObject({ due: '', owner: 'ICT-cel' }),
  },
  {
    name: 'a lane switch that is not a boolean',
    break: (d) => (d.lanes[1].enabled = 'ja'),
    notes: [{ kind: 'defaulted', path: ['lanes', 1, 'enabled'] }],
    check: (j) => expect(j.lanes[1]).toMatchObject({ enabled: true, name: 'Parkeerbedrijf van de stad' }),
  },
  // dropped
  {
    name: 'an insight whose moment is gone',
    break: (d) => (d.insights[0].momentId = 'gone'),
    notes: [{ kind: 'dropped', path: ['insights', 0, 'momentId'] }],
    check: (j) => expect(j.insights.map((s) => s.id)).toEqual(['ins-02']),
  },
  {
    name: 'a moment whose emotion is not a number',
    break: (d) => (d.activities[2].moments[0].emotion = 'blij'),
    notes: [{ kind: 'dropped', path: ['activities', 2, 'moments', 0, 'emotion'] }],
    check: (j) => expect(j.activities[2]?.moments).toEqual([]),
  },
  {
    name: 'an insight of an unknown kind',
    break: (d) => (d.insights[1].kind = 'wens'),
    // Kept as a need: its text is the user's work; the note says which kind it became.
    notes: [{ kind: 'defaulted', path: ['insights', 1, 'kind'] }],
    check: (j) =>
      expect(j.insights.map((s) => [s.id, s.kind])).toEqual([
        ['ins-01', 'need'],
        ['ins-02', 'need'],
      ]),
  },
  {
    name: 'an activity that is not an object',
    break: (d) => (d.activities[4] = 'stap'),
    notes: [{ kind: 'dropped', path: ['activities', 4] }],
    check: (j) => expect(j.activities.map((a) => a.id)).not.toContain('act-03-provider-1'),
  },
  {
    name: 'an image whose data URL is a script (a field without default: removed, then the item goes)',
    break: (d) =>
      (d.images = [
        {
          id: 'img',
          dataUrl: 'javascript:alert(1)',
          width: 1,
          height: 1,
          caption: '',
          alt: '',
          phaseId: null,
        },
      ]),
    notes: [
      { kind: 'defaulted', path: ['images', 0, 'dataUrl'] },
      { kind: 'dropped', path: ['images', 0, 'dataUrl'] },
    ],
    check: (j) => expect(j.images).toEqual([]),
  },
  {
    name: 'an activity without a lane',
    break: (d) => delete d.activities[0].laneId,
    notes: [{ kind: 'dropped', path: ['activities', 0, 'laneId'] }],
    check: (j) => expect(j.activities).toHaveLength(4),
  },
  // unlinked
  ...(['figures', 'quotes'] as const).map((list): Row => ({
    name: `a ${list.slice(0, -1)} whose phase is gone`,
    break: (d) => (d[list][0].phaseId = 'phase-99'),
    notes: [{ kind: 'unlinked', path: [list, 0, 'phaseId'] }],
    check: (j) =>
      expect(j[list][0]).toMatchObject({ phaseId: null, id: list === 'figures' ? 'fig-1' : 'quote-1' }),
  })),
  {
    name: 'a point to improve at a moment that is gone',
    break: (d) => (d.aha.improvements[1].momentId = 'gone'),
    notes: [{ kind: 'unlinked', path: ['aha', 'improvements', 1, 'momentId'] }],
    check: (j) =>
      expect(j.aha.improvements[1]).toMatchObject({
        momentId: null,
        text: 'Vooraf zeggen welke documenten je nodig hebt',
      }),
  },
  {
    name: 'a strong point at a moment that is gone',
    break: (d) => (d.aha.strengths[0].momentId = 'gone'),
    notes: [{ kind: 'unlinked', path: ['aha', 'strengths', 0, 'momentId'] }],
    check: (j) => expect(j.aha.strengths[0]?.momentId).toBeNull(),
  },
  {
    name: 'an insight from a point to improve that is gone',
    break: (d) => (d.insights[0].improvementId = 'gone'),
    notes: [{ kind: 'unlinked', path: ['insights', 0, 'improvementId'] }],
    check: (j) =>
      expect(j.insights[0]).toMatchObject({ improvementId: null, momentId: 'mom-02-citizen-1-1' }),
  },
  {
    name: 'a provider step beside a citizen step that is gone',
    break: (d) => (d.activities[2].besideId = 'gone'),
    notes: [{ kind: 'unlinked', path: ['activities', 2, 'besideId'] }],
    check: (j) => expect(j.activities[2]?.besideId).toBeNull(),
  },
  {
    name: 'a provider step beside a citizen step of another phase',
    break: (d) => (d.activities[2].besideId = 'act-01-citizen-1'),
    notes: [{ kind: 'unlinked', path: ['activities', 2, 'besideId'] }],
    check: (j) => expect(j.activities[2]?.besideId).toBeNull(),
  },
  {
    name: 'a citizen step placed beside another',
    break: (d) => (d.activities[1].besideId = 'act-01-citizen-1'),
    notes: [{ kind: 'unlinked', path: ['activities', 1, 'besideId'] }],
    check: (j) => expect(j.activities[1]?.besideId).toBeNull(),
  },
  // rehomed
  {
    name: 'an activity whose phase is missing',
    break: (d) => (d.activities[2].phaseId = 'phase-99'),
    notes: [{ kind: 'rehomed', path: ['activities', 2, 'phaseId'] }],
    check: (j) => {
      // Unnamed, so the user sees an open field to fill rather than a name she did not choose.
      expect(j.phases.at(-1)).toEqual({ id: 'recovered-phase', name: '', description: '' })
      expect(j.activities[2]).toMatchObject({
        phaseId: 'recovered-phase',
        besideId: null,
        title: 'Controleert de domicilie en de nummerplaat',
      })
    },
  },
  {
    name: 'two activities whose phases are missing, into one recovery phase',
    break: (d) => ((d.activities[0].phaseId = 'gone-1'), (d.activities[2].phaseId = 'gone-2')),
    notes: [
      { kind: 'rehomed', path: ['activities', 2, 'phaseId'] },
      { kind: 'rehomed', path: ['activities', 0, 'phaseId'] },
    ],
    check: (j) => {
      expect(j.phases.map((p) => p.id)).toEqual(['phase-01', 'phase-02', 'phase-03', 'recovered-phase'])
      expect([j.activities[0]?.phaseId, j.activities[2]?.phaseId]).toEqual([
        'recovered-phase',
        'recovered-phase',
      ])
    },
  },
  {
    name: 'an activity whose lane is missing',
    break: (d) => (d.activities[4].laneId = 'lane-gone'),
    notes: [{ kind: 'rehomed', path: ['activities', 4, 'laneId'] }],
    check: (j) => expect(j.activities[4]).toMatchObject({ laneId: 'lane-citizen', besideId: null }),
  },
  // renumbered
  {
    name: 'duplicate activity ids (the later one gets a new id)',
    break: (d) => (d.activities[0].id = 'act-02-provider-1'),
    notes: [{ kind: 'renumbered', path: ['activities', 2, 'id'] }],
    check: (j) => {
      expect(new Set(j.activities.map((a) => a.id)).size).toBe(5)
      expect(j.activities[0]?.id).toBe('act-02-provider-1')
      expect(j.activities[2]).toMatchObject({
        title: 'Controleert de domicilie en de nummerplaat',
        besideId: 'act-02-citizen-1',
      })
    },
  },
  {
    name: 'duplicate moment ids in two activities',
    break: (d) => (d.activities[3].moments[0].id = 'mom-01-citizen-1-1'),
    notes: [{ kind: 'renumbered', path: ['activities', 3, 'moments', 0, 'id'] }],
    check: (j) => {
      expect(j.activities[0]?.moments[0]?.id).toBe('mom-01-citizen-1-1')
      expect(j.activities[3]?.moments[0]).toMatchObject({
        text: 'Geen papieren kaart meer achter de voorruit',
      })
      expect(j.activities[3]?.moments[0]?.id).not.toBe('mom-01-citizen-1-1')
    },
  },
  {
    name: 'an empty journey id',
    break: (d) => (d.id = ''),
    notes: [{ kind: 'renumbered', path: ['id'] }],
    check: (j) => expect(j.id).toMatch(/^[0-9a-f]{24}$/),
  },
  // lanes
  {
    name: 'two citizen lanes',
    break: (d) => d.lanes.push({ id: 'lane-partner', kind: 'citizen', name: 'Partner', enabled: true }),
    notes: [{ kind: 'lanes', path: ['lanes'] }],
    check: (j) =>
      expect(j.lanes.map((l) => [l.id, l.kind, l.name])).toEqual([
        ['lane-citizen', 'citizen', 'Bewoner'],
        ['lane-provider', 'provider', 'Parkeerbedrijf van de stad'],
        ['lane-partner', 'user', 'Partner'],
      ]),
  },
  {
    name: 'two provider lanes',
    break: (d) => d.lanes.push({ id: 'lane-ocmw', kind: 'provider', name: 'OCMW', enabled: true }),
    notes: [{ kind: 'lanes', path: ['lanes'] }],
    check: (j) => expect(j.lanes.map((l) => l.kind)).toEqual(['citizen', 'provider', 'user']),
  },
]

describe('repairJourney through normalizeJourney', () => {
  it.each(ROWS.map((row) => [row.name, row] as const))(
    'mends %s, with a note that says where',
    (_name, row) => {
      const broken = loose(currentJourney())
      row.break(broken)
      const { journey, repairs } = normalized(deepFreeze(broken))

      expect(repairs).toEqual(
        row.notes.map(({ kind, path, max }) => ({
          kind,
          place: placeOf(broken, path),
          ...(max ? { max } : {}),
        })),
      )
      row.check(journey, broken)
      expect(journeySchema.safeParse(journey).error?.issues ?? []).toEqual([])
    },
  )

  it.each<[string, (d: Loose) => void]>([
    ['no citizen lane', (d) => (d.lanes = d.lanes.filter((l: Loose) => l.kind !== 'citizen'))],
    ['no lanes at all', (d) => (d.lanes = [])],
    ['lanes that are not a list', (d) => (d.lanes = 'burger')],
  ])('mends %s: a citizen lane comes first and the steps move into it', (_name, change) => {
    const broken = loose(currentJourney())
    change(broken)
    const { journey, repairs } = normalized(broken)

    expect(repairs[0]).toEqual({ kind: 'lanes', place: placeOf(broken, ['lanes']) })
    expect(repairs.slice(1).every((n) => n.kind === 'rehomed' || n.kind === 'unlinked')).toBe(true)
    expect(journey.lanes[0]).toMatchObject({ kind: 'citizen', name: '', enabled: true })
    const citizen = journey.lanes[0]!.id
    const kept = journey.activities.filter((a) => a.laneId === citizen).map((a) => a.title)
    expect(kept).toEqual(
      expect.arrayContaining([
        'Vraagt de bewonerskaart online aan',
        'Parkeert met de digitale bewonerskaart',
      ]),
    )
    expect(journey.activities).toHaveLength(5)
    expect(journeySchema.safeParse(journey).success).toBe(true)
  })

  it('names the item of each note in words: the activity, its number in its cell, its title and phase', () => {
    const broken = loose(currentJourney())
    broken.activities[4].description = 'x'.repeat(20_000)
    broken.activities[2].moments[0].emotion = 0
    broken.figures[0].phaseId = 'gone'

    // Last path first, so that dropping an item never shifts one still to be mended.
    expect(normalized(broken).repairs).toEqual([
      { kind: 'unlinked', place: { item: 'figure', n: 1, title: '', phase: '', field: 'phaseId' } },
      {
        kind: 'clamped',
        max: 10_000,
        place: {
          item: 'activity',
          n: 1,
          title: 'Stuurt een herinnering voor de verlenging',
          phase: 'Gebruiken',
          field: 'description',
        },
      },
      {
        kind: 'defaulted',
        place: {
          item: 'moment',
          n: 1,
          title: 'Controleert de domicilie en de nummerplaat',
          phase: 'Aanvragen',
          field: 'emotion',
        },
      },
    ])
  })

  it('mends several problems of one document at once', () => {
    const broken = loose(currentJourney())
    ROWS.filter((r) => r.notes.every((n) => n.kind === 'clamped' || n.kind === 'defaulted')).forEach((r) =>
      r.break(broken),
    )
    const { journey, repairs } = normalized(broken)

    expect(repairs.length).toBeGreaterThan(10)
    expect(journeySchema.safeParse(journey).success).toBe(true)
  })

  it.each<[string, string, number]>([
    ['an emoji across the cut of a title', 'a' + '😀'.repeat(100), TEXT_LIMITS.title - 1],
    ['emoji that end exactly at the cut of a title', '😀'.repeat(100), TEXT_LIMITS.title],
    ['a flag across the cut of a title', 'a' + '🇧🇪'.repeat(50), TEXT_LIMITS.title - 1],
    ['a rare CJK character across the cut of a title', 'Ł' + '𠜎'.repeat(90), TEXT_LIMITS.title - 1],
  ])('never splits a surrogate pair when it clamps: %s', (_name, title, length) => {
    const { journey } = normalized({ ...currentJourney(), title })

    expect(journey.title).toHaveLength(length)
    expect(LONE_SURROGATE.test(journey.title)).toBe(false)
    expect(title.startsWith(journey.title)).toBe(true)
  })

  it('gives an unreadable date the clock it is given', () => {
    const doc: Loose = currentJourney()
    delete doc.updatedAt
    expect(normalized(doc).journey.updatedAt).toBe(NOW.toISOString())
  })

  it('cuts a list at its limit and keeps the first items', () => {
    const doc: Loose = currentJourney()
    doc.quotes = Array.from({ length: LIST_LIMITS.quotes + 5 }, (_, i) => ({
      id: `q${i}`,
      text: `${i}`,
      role: 'r',
      phaseId: null,
    }))
    const { journey } = normalized(doc)
    expect(journey.quotes.map((q) => q.id)).toEqual(
      Array.from({ length: LIST_LIMITS.quotes }, (_, i) => `q${i}`),
    )
  })

  // Regression: the other issues of a dropped item, in the same pass, used to be applied to the item that moved
  // into its place (erasing its text or renumbering it), or threw on a path that no longer led anywhere.
  it.each<[string, (d: Loose) => void, (j: Journey) => void]>([
    [
      'an insight that is an empty object',
      (d) => d.insights.unshift({}),
      (j) => expect(j.insights.map((s) => s.id)).toEqual(['ins-01', 'ins-02']),
    ],
    [
      'an insight of an unknown kind with an empty id',
      (d) => Object.assign(d.insights[0], { kind: 'wens', id: '' }),
      (j) => {
        // Kept with a fresh id (its text is the user's work), and the next insight is untouched.
        expect(j.insights).toHaveLength(2)
        expect(j.insights[0]?.id).toMatch(/^[0-9a-f]{24}$/)
        expect(j.insights[1]?.id).toBe('ins-02')
      },
    ],
    [
      'a moment that is dropped while its text is also wrong',
      (d) => Object.assign(d.activities[1].moments[0], { emotion: 'boos', text: 7 }),
      (j) => expect(j.activities[1]?.moments).toEqual([]),
    ],
  ])('mends or drops %s and leaves the next item alone', (_name, change, check) => {
    const broken = loose(currentJourney())
    change(broken)
    const { journey } = normalized(broken)
    check(journey)
    expect(journey.activities.map((a) => a.description)).toEqual(
      currentJourney().activities.map((a) => a.description),
    )
  })

  it('mends any number of broken items of one list in one pass, keeping each (an unknown kind is a need)', () => {
    const doc: Loose = currentJourney()
    doc.insights = Array.from({ length: 15 }, (_, i) => ({ ...doc.insights[0], id: `x${i}`, kind: 'wens' }))
    const insights = normalized(doc).journey.insights
    expect(insights).toHaveLength(15)
    expect(insights.every((s) => s.kind === 'need')).toBe(true)
  })

  it('drops any number of items that cannot be shown', () => {
    const doc: Loose = currentJourney()
    doc.images = Array.from({ length: 15 }, (_, i) => ({
      id: `img${i}`,
      dataUrl: 'javascript:alert(1)',
      width: 1,
      height: 1,
    }))
    expect(normalized(doc).journey.images).toEqual([])
  })

  // Regression: the fallback for any field named `kind` is "drop the item"; on `origin` there is no item to
  // drop, so the whole journey is refused as errors.file.notJourney.
  it('mends an unknown origin kind instead of refusing the journey', () => {
    expect(
      normalize({ ...currentJourney(), origin: { kind: 'stolen', importedAt: null, sourceTitle: '' } }).ok,
    ).toBe(true)
  })

  // Regression: the fallback null of `importedAt` is read as "drop the item", so a bad import date refuses all.
  it('mends an unreadable import date instead of refusing the journey', () => {
    const doc: Loose = currentJourney()
    doc.origin.importedAt = 'gisteren'
    expect(normalize(doc)).toMatchObject({ ok: true, journey: { origin: { importedAt: null } } })
  })

  // Regression: the fallback for a field named `mode` is the touchpoint's 'physical', also for central.mode,
  // which then fails again; the journey is refused. `personas` is version 2's spelling.
  it('mends central.mode "personas" in a version 3 document instead of refusing it', () => {
    const doc: Loose = currentJourney()
    doc.central.mode = 'personas'
    expect(normalize(doc)).toMatchObject({ ok: true, journey: { central: { mode: 'persona' } } })
  })

  // Regression: an unknown evidence kind drops the whole activity (its touchpoints and moments with it),
  // although evidence.kind has a default ('none').
  it('mends an unknown evidence kind and keeps the activity', () => {
    const doc: Loose = currentJourney()
    doc.activities[0].evidence.kind = 'hearsay'
    expect(normalized(doc).journey.activities[0]).toMatchObject({
      id: 'act-01-citizen-1',
      evidence: { kind: 'none' },
    })
  })

  // Regression: the recovery phase is a 31st phase, the list is cut back to 30, the activity is orphaned
  // again, and after twelve passes the journey is refused.
  it('rehomes an activity of a missing phase in a journey that already has 30 phases', () => {
    const doc: Loose = currentJourney()
    doc.phases.push(...Array.from({ length: 27 }, (_, i) => phase(i)))
    doc.activities[0].phaseId = 'phase-99'
    expect(normalize(doc).ok).toBe(true)
  })
})

describe('repairJourney', () => {
  it('returns the document itself, with no notes, when nothing is wrong', () => {
    const doc = deepFreeze(currentJourney()) as unknown as Record<string, unknown>
    const result = repairJourney(doc, NOW)
    expect(result?.doc).toBe(doc)
    expect(result?.notes).toEqual([])
  })

  it('never changes the document it mends', () => {
    const broken = loose(currentJourney())
    ROWS.slice(0, 12).forEach((r) => r.break(broken))
    const before = structuredClone(broken)

    const result = repairJourney(deepFreeze(broken), NOW)

    expect(result).not.toBeNull()
    expect(broken).toEqual(before)
  })
})

describe('placeOf', () => {
  const doc = currentJourney()

  it.each<[string, Path, ReturnType<typeof placeOf>]>([
    ['the journey title', ['title'], { item: 'journey', n: 0, title: '', phase: '', field: 'title' }],
    ['a list of the journey', ['phases'], { item: 'journey', n: 0, title: '', phase: '', field: 'phases' }],
    [
      'a phase by its name',
      ['phases', 1, 'name'],
      { item: 'phase', n: 2, title: '', phase: 'Aanvragen', field: 'name' },
    ],
    ['a lane', ['lanes', 1], { item: 'lane', n: 2, title: '', phase: '', field: '' }],
    [
      'an activity, numbered within its phase and lane',
      ['activities', 2, 'title'],
      {
        item: 'activity',
        n: 1,
        title: 'Controleert de domicilie en de nummerplaat',
        phase: 'Aanvragen',
        field: 'title',
      },
    ],
    [
      'a touchpoint, numbered within its activity',
      ['activities', 1, 'touchpoints', 1, 'label'],
      {
        item: 'touchpoint',
        n: 2,
        title: 'Vraagt de bewonerskaart online aan',
        phase: 'Aanvragen',
        field: 'label',
      },
    ],
    [
      'a moment',
      ['activities', 3, 'moments', 0],
      {
        item: 'moment',
        n: 1,
        title: 'Parkeert met de digitale bewonerskaart',
        phase: 'Gebruiken',
        field: '',
      },
    ],
    [
      'a persona',
      ['central', 'personas', 0, 'name'],
      { item: 'persona', n: 1, title: '', phase: '', field: 'name' },
    ],
    [
      'a point to improve',
      ['aha', 'improvements', 1, 'text'],
      { item: 'improvement', n: 2, title: '', phase: '', field: 'text' },
    ],
    [
      'a strong point',
      ['aha', 'strengths', 0, 'role'],
      { item: 'strength', n: 1, title: '', phase: '', field: 'role' },
    ],
    [
      'an insight',
      ['insights', 1, 'action', 'due'],
      { item: 'insight', n: 2, title: '', phase: '', field: 'due' },
    ],
    [
      'a figure with its phase',
      ['figures', 0, 'value'],
      { item: 'figure', n: 1, title: '', phase: 'Aanvragen', field: 'value' },
    ],
    [
      'a quote with its phase',
      ['quotes', 0],
      { item: 'quote', n: 1, title: '', phase: 'Aanvragen', field: '' },
    ],
  ])('finds %s', (_name, path, place) => {
    expect(placeOf(doc, path)).toEqual(place)
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['a list', []],
    ['a journey whose activities are not objects', { activities: [1, 'x'], phases: 'none' }],
  ])('never throws on %s', (_name, value) => {
    expect(() => placeOf(value, ['activities', 0, 'moments', 0, 'text'])).not.toThrow()
  })
})
