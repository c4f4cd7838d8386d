import { describe, expect, it } from 'vitest'
import {
  CONTENT_KEYS,
  contentOf,
  createActivity,
  createMoment,
  createQuote,
  createStrength,
  createTouchpoint,
  currentVersion,
  diffJourneys,
  journeyAt,
  journeySchema,
  pack,
  restoreVersion,
  unpackAll,
  withVersion,
  type Change,
  type Journey,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { remarkOn } from './remarkSupport'
import { NOW } from './support'

const DAY = 24 * 3600 * 1000
const day = (n: number) => new Date(NOW.getTime() + n * DAY)

/** The identity-card journey with its first version saved ("Versie 1"), frozen. */
function firstVersion(): Journey {
  return deepFreeze(withVersion(makeJourney(), 'Versie 1', NOW))
}

/**
 * A copy of `journey` with `change` applied. Through JSON, as storage copies it: a first version shares its
 * lists with the journey it was taken of (documents are never changed in place), and a structured clone
 * would keep that sharing, so a change to the copy would change its version too.
 */
function edited(journey: Journey, change: (copy: Journey) => void): Journey {
  const copy = JSON.parse(JSON.stringify(journey)) as Journey
  change(copy)
  return copy
}

/** The last version's id. */
const lastId = (j: Journey) => j.versions[j.versions.length - 1]!.id

describe('the version diff: what changed between two versions', () => {
  /**
   * A row: the edit made after version 1, the changes the version view then names (given the journey at
   * version 1 and at version 2), and the parts of the content version 2 stores (all else is version 1's).
   */
  type Row = [string, (j: Journey) => void, (before: Journey, after: Journey) => Change[], string[]]

  const ROWS: Row[] = [
    ['nothing: an empty list, and a version that stores nothing', () => {}, () => [], []],
    [
      'the title changed',
      (j) => void (j.title = 'eID aanvragen in Gent'),
      (b) => [
        {
          kind: 'changed',
          item: 'journey',
          name: '',
          phase: '',
          field: 'title',
          before: b.title,
          after: 'eID aanvragen in Gent',
        },
      ],
      ['title'],
    ],
    [
      'an activity added, named with its phase',
      (j) =>
        void j.activities.push({
          ...createActivity(j.phases[0]!.id, j.lanes[0]!.id),
          title: 'Belt het onthaal',
        }),
      () => [{ kind: 'added', item: 'activity', name: 'Belt het onthaal', phase: 'Oriëntatie' }],
      ['activities'],
    ],
    [
      'an activity removed, with its touchpoints and its moment',
      (j) => void j.activities.splice(4, 1),
      () => [
        { kind: 'removed', item: 'activity', name: 'Haalt de kaart op met de PIN-brief', phase: 'Afhaling' },
        { kind: 'removed', item: 'touchpoint', name: 'PIN/PUK-brief', phase: 'Afhaling' },
        { kind: 'removed', item: 'touchpoint', name: 'Afhaalloket', phase: 'Afhaling' },
        {
          kind: 'removed',
          item: 'moment',
          name: 'Binnen vijf minuten buiten met de nieuwe kaart',
          phase: 'Afhaling',
        },
      ],
      ['activities'],
    ],
    [
      'a touchpoint relabelled',
      (j) => void (j.activities[2]!.touchpoints[1]!.label = 'Onthaal Wijkhuis'),
      () => [
        {
          kind: 'changed',
          item: 'touchpoint',
          name: 'Onthaal Wijkhuis',
          phase: 'Aanvraag aan het loket',
          field: 'label',
          before: 'Loket Burgerzaken',
          after: 'Onthaal Wijkhuis',
        },
      ],
      ['activities'],
    ],
    [
      'a touchpoint and a moment added to a step',
      (j) => {
        j.activities[3]!.touchpoints.push({ ...createTouchpoint('phone'), label: 'Infolijn' })
        j.activities[3]!.moments.push({ ...createMoment(-1), text: 'Drukte aan het loket' })
      },
      () => [
        { kind: 'added', item: 'touchpoint', name: 'Infolijn', phase: 'Aanvraag aan het loket' },
        { kind: 'added', item: 'moment', name: 'Drukte aan het loket', phase: 'Aanvraag aan het loket' },
      ],
      ['activities'],
    ],
    [
      'a moment felt less bad',
      (j) => void (j.activities[2]!.moments[0]!.emotion = -1),
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
      ['activities'],
    ],
    [
      'a phase renamed',
      (j) => void (j.phases[2]!.name = 'Ophalen'),
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
      ['phases'],
    ],
    [
      'a need removed',
      (j) => void j.insights.pop(),
      () => [{ kind: 'removed', item: 'insight', name: 'De brief begrijpen zonder hulp', phase: '' }],
      ['insights'],
    ],
    [
      'a quote added and a figure changed',
      (j) => {
        j.quotes.push({ ...createQuote(), text: 'Ik wist niet dat het kon.', phaseId: j.phases[0]!.id })
        j.figures[0]!.value = '40'
      },
      () => [
        {
          kind: 'changed',
          item: 'figure',
          name: 'Gemiddelde wachttijd aan het loket',
          phase: 'Aanvraag aan het loket',
          field: 'value',
          before: '25',
          after: '40',
        },
        { kind: 'added', item: 'quote', name: 'Ik wist niet dat het kon.', phase: 'Oriëntatie' },
      ],
      ['figures', 'quotes'],
    ],
    [
      'a strong point added: the aha-exercise is stored whole',
      (j) => void j.aha.strengths.push({ ...createStrength(), text: 'Snelle afhaling' }),
      () => [{ kind: 'added', item: 'strength', name: 'Snelle afhaling', phase: '' }],
      ['aha'],
    ],
    [
      'the persona renamed: who is central is stored whole',
      (j) => void (j.central.personas[0]!.name = 'Marie, 73'),
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
      ['central'],
    ],
    [
      'several at once: a text changed, a step added and one removed',
      (j) => {
        j.goal = 'Minder wachten'
        j.activities.splice(1, 1)
        j.activities.push({ ...createActivity(j.phases[2]!.id, j.lanes[1]!.id), title: 'Stuurt een sms' })
      },
      (b) => [
        {
          kind: 'changed',
          item: 'journey',
          name: '',
          phase: '',
          field: 'goal',
          before: b.goal,
          after: 'Minder wachten',
        },
        { kind: 'removed', item: 'activity', name: 'Stuurt de oproepingsbrief', phase: 'Oriëntatie' },
        { kind: 'added', item: 'activity', name: 'Stuurt een sms', phase: 'Afhaling' },
        { kind: 'removed', item: 'touchpoint', name: 'Oproepingsbrief', phase: 'Oriëntatie' },
      ],
      ['goal', 'activities'],
    ],
  ]

  it.each(ROWS)('%s', (_name, edit, changes, stored) => {
    const v1 = firstVersion()
    const now = deepFreeze(edited(v1, edit))
    const v2 = withVersion(now, 'Versie 2', day(1))
    const [one, two] = v2.versions
    const before = journeyAt(v2, one!.id)!
    const after = journeyAt(v2, two!.id)!
    expect(diffJourneys(before, after)).toEqual(changes(before, after))
    expect(contentOf(after)).toEqual(contentOf(now))
    expect(contentOf(before)).toEqual(contentOf(v1))
    expect(Object.keys(two!.content).sort()).toEqual([...stored].sort())
  })

  it('names every change between the first and the last of several versions', () => {
    let j = firstVersion()
    const steps: ((d: Journey) => void)[] = [
      (d) => void (d.title = 'Titel 2'),
      (d) => void (d.activities[0]!.title = 'Leest de brief'),
      (d) => void d.quotes.pop(),
      (d) => void (d.title = 'Titel 4'),
    ]
    steps.forEach((step, i) => (j = withVersion(edited(j, step), `Versie ${i + 2}`, day(i + 1))))
    const [first, , , , last] = j.versions.map((v) => journeyAt(j, v.id)!)
    expect(diffJourneys(first!, last!).map((c) => `${c.kind} ${c.item} ${c.field ?? c.name}`)).toEqual([
      'changed journey title',
      'changed activity title',
      'removed quote Ik had een afspraak, en toch zat ik een half uur in de wachtzaal.',
    ])
    expect(last!.title).toBe('Titel 4')
  })
})

describe('pack and unpackAll', () => {
  const j = deepFreeze(makeJourney())

  it('stores the whole content in the first version', () => {
    expect(pack(contentOf(j), null)).toEqual(contentOf(j))
  })

  it('stores an unchanged item of a changed list as its id', () => {
    const next = edited(j, (d) => void (d.activities[2]!.title = 'Anders'))
    const packed = pack(contentOf(next), contentOf(j))
    expect(packed).toEqual({
      activities: [
        j.activities[0]!.id,
        j.activities[1]!.id,
        next.activities[2],
        j.activities[3]!.id,
        j.activities[4]!.id,
      ],
    })
    expect(
      unpackAll([
        { id: 'v1', name: '', at: NOW.toISOString(), content: pack(contentOf(j), null) },
        { id: 'v2', name: '', at: NOW.toISOString(), content: packed },
      ]),
    ).toEqual([contentOf(j), contentOf(next)])
  })

  it('drops an id that names no item of the version before (a damaged file)', () => {
    const versions = [
      { id: 'v1', name: '', at: NOW.toISOString(), content: pack(contentOf(j), null) },
      { id: 'v2', name: '', at: NOW.toISOString(), content: { quotes: ['no-such-quote', j.quotes[0]!.id] } },
    ]
    expect(unpackAll(versions)[1]!.quotes).toEqual(j.quotes)
  })

  it('gives nothing for no versions', () => {
    expect(unpackAll([])).toEqual([])
  })

  it('keeps the new order of items that were only moved', () => {
    // Regression: pack() treats a list whose items are all unchanged as unchanged — `items.length === before.size`
    // and every entry an id — without comparing the order, and leaves it out. A version saved after only
    // moving a phase, a step or a quote (the wizard's move up / move down) therefore unpacks in the order of
    // the version before: journeyAt shows the old order, and restoring that version puts the items back in
    // the old order. Fix: treat the list as unchanged only when the ids are in the same order as before.
    const v1 = withVersion(j, 'Versie 1', NOW)
    const moved = edited(v1, (d) => void d.phases.reverse())
    const v2 = withVersion(moved, 'Versie 2', day(1))
    expect(journeyAt(v2, lastId(v2))!.phases.map((p) => p.name)).toEqual([
      'Afhaling',
      'Aanvraag aan het loket',
      'Oriëntatie',
    ])
    expect(currentVersion(v2)).toBe(v2.versions[1])
  })
})

describe('contentOf', () => {
  it('is what a version keeps: the map’s content, not the remarks, versions or save state', () => {
    const j = deepFreeze({
      ...withVersion(makeJourney(), 'v', NOW),
      remarks: [remarkOn({ step: 'goal' }, 'x')],
    })
    const content = contentOf(j)
    expect(Object.keys(content)).toEqual([...CONTENT_KEYS])
    for (const key of CONTENT_KEYS) expect(content[key]).toBe(j[key])
    for (const key of [
      'remarks',
      'versions',
      'revision',
      'id',
      'updatedAt',
      'reviewOn',
      'link',
      'lastStepId',
    ])
      expect(content).not.toHaveProperty(key)
  })
})

describe('withVersion', () => {
  it('adds a named, dated version at the end, and changes nothing else', () => {
    const j = deepFreeze(makeJourney())
    const one = withVersion(j, 'Versie voor de stuurgroep', NOW)
    const two = withVersion(
      edited(one, (d) => void (d.title = 'Nieuw')),
      'Na de stuurgroep',
      day(2),
    )
    expect(two.versions.map((v) => [v.name, v.at])).toEqual([
      ['Versie voor de stuurgroep', NOW.toISOString()],
      ['Na de stuurgroep', day(2).toISOString()],
    ])
    expect(two.versions[0]).toEqual(one.versions[0])
    expect(new Set(two.versions.map((v) => v.id)).size).toBe(2)
    expect({ ...one, versions: [] }).toEqual({ ...j, versions: [] })
    // What the app stores reads back with its versions.
    expect(journeySchema.parse(JSON.parse(JSON.stringify(two)))).toEqual(two)
  })
})

describe('restoreVersion', () => {
  /** Three versions: the original, a new title, then a step removed; then an edit not saved as a version. */
  function threeVersions() {
    const v1 = withVersion(makeJourney(), 'Versie 1', NOW)
    const v2 = withVersion(
      edited(v1, (d) => void (d.title = 'Titel 2')),
      'Versie 2',
      day(1),
    )
    const v3 = withVersion(
      edited(v2, (d) => void d.activities.splice(1, 1)),
      'Versie 3',
      day(2),
    )
    const now = edited(v3, (d) => {
      d.goal = 'Niet bewaard als versie'
      d.remarks.push(remarkOn({ step: 'goal' }, 'onthaal'))
      d.reviewOn = '2027-05-01'
    })
    return deepFreeze(now)
  }

  it('takes the content of the version, as a new version, and keeps the ones between', () => {
    const j = threeVersions()
    const [one, two, three] = j.versions
    const restored = restoreVersion(j, one!.id, 'Terug naar versie 1', day(3))!
    expect(restored.versions).toHaveLength(4)
    expect(restored.versions.slice(0, 3)).toEqual([one, two, three])
    expect(restored.versions[3]).toMatchObject({ name: 'Terug naar versie 1', at: day(3).toISOString() })
    const contents = unpackAll(restored.versions)
    expect(contents[3]).toEqual(contents[0])
    expect(contents[1]!.title).toBe('Titel 2')
    expect(contents[2]!.activities).toHaveLength(4)
    expect(contentOf(restored)).toEqual(contents[0])
    expect(currentVersion(restored)).toBe(restored.versions[3])
  })

  it('keeps what is not content: remarks, review date, id and revision', () => {
    const j = threeVersions()
    const restored = restoreVersion(j, j.versions[1]!.id, 'Terug', day(3))!
    expect(restored.remarks).toBe(j.remarks)
    expect([restored.id, restored.revision, restored.reviewOn]).toEqual([j.id, j.revision, '2027-05-01'])
    expect(restored.goal).toBe(contentOf(journeyAt(j, j.versions[1]!.id)!).goal)
    expect(restored.title).toBe('Titel 2')
  })

  it('shows the way back in the version view: what the restore undid', () => {
    const j = threeVersions()
    const restored = restoreVersion(j, j.versions[0]!.id, 'Terug', day(3))!
    const changes = diffJourneys(
      journeyAt(restored, j.versions[2]!.id)!,
      journeyAt(restored, lastId(restored))!,
    )
    expect(changes.map((c) => `${c.kind} ${c.item} ${c.field ?? c.name}`)).toEqual([
      'changed journey title',
      'added activity Stuurt de oproepingsbrief',
      'added touchpoint Oproepingsbrief',
    ])
  })

  it('gives null for a version the journey does not have', () => {
    expect(restoreVersion(threeVersions(), 'no-such-version', 'x', NOW)).toBeNull()
    expect(restoreVersion(deepFreeze(makeJourney()), 'x', 'x', NOW)).toBeNull()
  })
})

describe('journeyAt and currentVersion', () => {
  it('shows the journey as it was in a version, with the rest of the document as it is now', () => {
    const v1 = withVersion(makeJourney(), 'Versie 1', NOW)
    const now = deepFreeze(
      edited(v1, (d) => {
        d.title = 'Later'
        d.remarks.push(remarkOn({ step: 'goal' }, 'onthaal'))
      }),
    )
    const then = journeyAt(now, v1.versions[0]!.id)!
    expect(then.title).toBe(v1.title)
    expect(then.remarks).toBe(now.remarks)
    expect(then.versions).toBe(now.versions)
    expect(journeyAt(now, 'nope')).toBeNull()
  })

  /** A row: the journey, and whether it still equals its last version. */
  const ROWS: [string, () => Journey, boolean][] = [
    ['no versions', () => makeJourney(), false],
    ['just saved as a version', () => withVersion(makeJourney(), 'v', NOW), true],
    [
      'changed since',
      () => edited(withVersion(makeJourney(), 'v', NOW), (d) => void (d.title = 'Anders')),
      false,
    ],
    [
      'only remarks and the save state changed since',
      () =>
        edited(withVersion(makeJourney(), 'v', NOW), (d) => {
          d.remarks.push(remarkOn({ step: 'goal' }, 'x'))
          d.revision = 9
          d.updatedAt = day(4).toISOString()
        }),
      true,
    ],
    [
      'changed, then changed back',
      () => {
        const j = withVersion(makeJourney(), 'v', NOW)
        return edited(
          edited(j, (d) => void (d.title = 'Anders')),
          (d) => void (d.title = j.title),
        )
      },
      true,
    ],
    [
      'stored and read back',
      () => journeySchema.parse(JSON.parse(JSON.stringify(withVersion(makeJourney(), 'v', NOW)))),
      true,
    ],
  ]
  it.each(ROWS)('currentVersion: %s', (_name, make, same) => {
    const j = make()
    expect(currentVersion(j)).toBe(same ? j.versions[j.versions.length - 1] : null)
  })
})
