import { describe, expect, it } from 'vitest'
import { createInsight, desiredCopy, journeySchema, TEXT_LIMITS, withVersion, type Journey } from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'
import { remarkOn } from './remarkSupport'
import { edited, NOW } from './support'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const workedIn = (text: string) => `Kans: ${text}`
const copy = (journey: Journey, title = 'Gewenst: eID aanvragen') =>
  desiredCopy(deepFreeze(journey), { now: NOW, title, workedIn })

/** The identity-card journey with a version and a remark, as one that went through a review round. */
const reviewed = (): Journey => ({
  ...withVersion(makeJourney(), 'Versie 1', NOW),
  remarks: [remarkOn({ step: 'goal' }, 'onthaal')],
  reviewOn: '2027-01-15',
})

describe('desiredCopy: the opportunities written into their steps', () => {
  /** A row: a change to the journey before the copy, and each activity's description in the copy. */
  type Row = [string, (j: Journey) => void, (j: Journey) => string[]]
  const untouched = (j: Journey) => j.activities.map((a) => a.description)

  const ROWS: Row[] = [
    [
      'the opportunity on the aha-moment, into the step of that moment',
      () => {},
      () => ['', '', 'Kans: Een wachtrij-sms voor wie een afspraak heeft', '', ''],
    ],
    [
      'after the step’s own description, a blank line between',
      (j) => void (j.activities[2]!.description = 'Met een afspraak via de website.  '),
      () => [
        '',
        '',
        'Met een afspraak via de website.\n\nKans: Een wachtrij-sms voor wie een afspraak heeft',
        '',
        '',
      ],
    ],
    [
      'two opportunities on one step, in the order of the list',
      (j) =>
        void j.insights.push({
          ...createInsight('opportunity', j.activities[2]!.moments[0]!.id),
          text: '  Een scherm met de wachttijd ',
        }),
      () => [
        '',
        '',
        'Kans: Een wachtrij-sms voor wie een afspraak heeft\n\nKans: Een scherm met de wachttijd',
        '',
        '',
      ],
    ],
    [
      'opportunities on moments of different steps, each into its own',
      (j) =>
        void j.insights.push({
          ...createInsight('opportunity', j.activities[0]!.moments[0]!.id),
          text: 'De brief in eenvoudige taal',
        }),
      () => [
        'Kans: De brief in eenvoudige taal',
        '',
        'Kans: Een wachtrij-sms voor wie een afspraak heeft',
        '',
        '',
      ],
    ],
    [
      'needs are not worked in',
      (j) => void (j.insights = j.insights.filter((s) => s.kind === 'need')),
      untouched,
    ],
    ['an opportunity without words is not worked in', (j) => void (j.insights[1]!.text = '  \n '), untouched],
    [
      'an opportunity whose moment is gone is not worked in',
      (j) => void (j.insights[1]!.momentId = 'deleted-moment'),
      untouched,
    ],
    [
      'a description that would grow past its maximum is cut at it',
      (j) => void (j.activities[2]!.description = 'd'.repeat(TEXT_LIMITS.long - 10)),
      () => ['', '', `${'d'.repeat(TEXT_LIMITS.long - 10)}\n\nKans: Ee`, '', ''],
    ],
  ]

  it.each(ROWS)('%s', (_name, change, descriptions) => {
    const journey = edited(makeJourney(), change)
    const { desired } = copy(journey)
    expect(desired.activities.map((a) => a.description)).toEqual(descriptions(journey))
    expect(desired.activities[2]!.description.length).toBeLessThanOrEqual(TEXT_LIMITS.long)
    // Only the descriptions change.
    expect(desired.activities.map((a) => ({ ...a, description: '' }))).toEqual(
      journey.activities.map((a) => ({ ...a, description: '' })),
    )
  })
})

describe('desiredCopy: a linked copy of its own', () => {
  const current = deepFreeze(reviewed())
  const { current: linked, desired } = copy(current)

  it('links the two journeys both ways', () => {
    expect(desired.link).toEqual({ kind: 'current', id: current.id, title: current.title })
    expect(linked.link).toEqual({ kind: 'desired', id: desired.id, title: 'Gewenst: eID aanvragen' })
    expect(desired.id).not.toBe(current.id)
    // The current journey changes in its link only.
    expect({ ...linked, link: null }).toEqual({ ...current, link: null })
  })

  it('keeps the ids of phases, lanes, steps, moments and insights, so the maps line up', () => {
    const ids = (j: Journey) => ({
      lanes: j.lanes.map((l) => l.id),
      phases: j.phases.map((p) => p.id),
      activities: j.activities.map((a) => a.id),
      moments: j.activities.flatMap((a) => a.moments.map((m) => m.id)),
      insights: j.insights.map((s) => s.id),
    })
    expect(ids(desired)).toEqual(ids(current))
  })

  it('starts without remarks, versions or review date, at the activities step, as a new draft', () => {
    expect(desired).toMatchObject({
      remarks: [],
      versions: [],
      reviewOn: '',
      lastStepId: 'activities',
      revision: 0,
      title: 'Gewenst: eID aanvragen',
      origin: { kind: 'desired', importedAt: null, sourceTitle: current.title },
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    })
    // The rest of the content is the current journey's.
    for (const key of [
      'goal',
      'caseDescription',
      'central',
      'phases',
      'insights',
      'figures',
      'quotes',
    ] as const)
      expect(desired[key]).toEqual(current[key])
  })

  it('is a journey the reader accepts as it is', () => {
    expect(journeySchema.parse(JSON.parse(JSON.stringify(desired)))).toEqual(desired)
  })

  it('cuts a title past its maximum, in the copy and in the link to it', () => {
    const long = copy(current, 't'.repeat(TEXT_LIMITS.title + 40))
    expect(long.desired.title).toBe('t'.repeat(TEXT_LIMITS.title))
    expect(long.current.link?.title).toBe('t'.repeat(TEXT_LIMITS.title))
  })

  it('never cuts an emoji in half when it cuts a description', () => {
    // Regression: desiredCopy cuts the joined description with `.slice(0, TEXT_LIMITS.long)`, which can end in the
    // first half of a surrogate pair (repair.ts `clamp` takes care not to); the same for the title.
    const journey = edited(makeJourney(), (j) => {
      j.activities[2]!.description = 'd'.repeat(TEXT_LIMITS.long - 9)
      j.insights[1]!.text = '😀 sms'
    })
    const { desired: d } = copy(journey, `${'t'.repeat(TEXT_LIMITS.title - 1)}😀`)
    expect(d.activities[2]!.description).not.toMatch(LONE_SURROGATE)
    expect(d.title).not.toMatch(LONE_SURROGATE)
  })
})
