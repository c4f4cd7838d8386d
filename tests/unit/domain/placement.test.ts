import { describe, expect, it } from 'vitest'
import { createActivity, placePhase, type Activity, type Column } from '@/domain'
import { deepFreeze } from '../../fixtures/versions/load'
import { currentJourney } from './support'

const C = 'lane-c'
const P = 'lane-p'
const U = 'lane-u'
const LANES = [C, P, U]

/** A step with a readable id: `step('p1', P, 'c2')` is provider step p1 beside citizen step c2, in phase `ph`. */
const step = (id: string, laneId: string, besideId: string | null = null, phaseId = 'ph'): Activity => ({
  ...createActivity(phaseId, laneId, besideId),
  id,
  title: id,
})

/** Columns as `[opening id, { lane: [step ids] }]`, so a table can say what it expects at a glance. */
const shape = (columns: Column[]) =>
  columns.map((c) => [
    c.id,
    Object.fromEntries([...c.cells].map(([lane, steps]) => [lane, steps.map((s) => s.id)])),
  ])

describe('placePhase', () => {
  it.each<[string, Activity[], [string, Record<string, string[]>][]]>([
    ['no steps: no columns', [], []],
    [
      'citizen steps open columns in their order',
      [step('c1', C), step('c2', C), step('c3', C)],
      [
        ['c1', { [C]: ['c1'] }],
        ['c2', { [C]: ['c2'] }],
        ['c3', { [C]: ['c3'] }],
      ],
    ],
    [
      'a provider step beside citizen step 2 shares column 2',
      [step('c1', C), step('c2', C), step('p1', P, 'c2'), step('c3', C)],
      [
        ['c1', { [C]: ['c1'] }],
        ['c2', { [C]: ['c2'], [P]: ['p1'] }],
        ['c3', { [C]: ['c3'] }],
      ],
    ],
    [
      'two provider steps beside the same citizen step stack in one cell, in their order',
      [step('c1', C), step('p2', P, 'c1'), step('p1', P, 'c1'), step('c2', C)],
      [
        ['c1', { [C]: ['c1'], [P]: ['p2', 'p1'] }],
        ['c2', { [C]: ['c2'] }],
      ],
    ],
    [
      'a standalone provider step gets its own column right after the lane’s previous step',
      [step('c1', C), step('c2', C), step('c3', C), step('p1', P, 'c2'), step('p2', P)],
      [
        ['c1', { [C]: ['c1'] }],
        ['c2', { [C]: ['c2'], [P]: ['p1'] }],
        ['p2', { [P]: ['p2'] }],
        ['c3', { [C]: ['c3'] }],
      ],
    ],
    [
      'a standalone provider step with no step of its lane before it comes first in the phase',
      [step('c1', C), step('c2', C), step('p1', P), step('p2', P, 'c2')],
      [
        ['p1', { [P]: ['p1'] }],
        ['c1', { [C]: ['c1'] }],
        ['c2', { [C]: ['c2'], [P]: ['p2'] }],
      ],
    ],
    [
      'standalone steps in a row follow each other',
      [step('c1', C), step('p1', P, 'c1'), step('p2', P), step('p3', P)],
      [
        ['c1', { [C]: ['c1'], [P]: ['p1'] }],
        ['p2', { [P]: ['p2'] }],
        ['p3', { [P]: ['p3'] }],
      ],
    ],
    [
      'a standalone step follows its lane’s previous step even when that one went back to an earlier column',
      [step('c1', C), step('c2', C), step('p1', P, 'c2'), step('p2', P, 'c1'), step('p3', P)],
      [
        ['c1', { [C]: ['c1'], [P]: ['p2'] }],
        ['p3', { [P]: ['p3'] }],
        ['c2', { [C]: ['c2'], [P]: ['p1'] }],
      ],
    ],
    [
      'a phase with only provider steps',
      [step('p1', P), step('p2', P)],
      [
        ['p1', { [P]: ['p1'] }],
        ['p2', { [P]: ['p2'] }],
      ],
    ],
    [
      'an extra user’s lane: beside a citizen step, and on its own after it',
      [step('c1', C), step('c2', C), step('u1', U, 'c1'), step('u2', U)],
      [
        ['c1', { [C]: ['c1'], [U]: ['u1'] }],
        ['u2', { [U]: ['u2'] }],
        ['c2', { [C]: ['c2'] }],
      ],
    ],
    [
      'provider and user steps beside one citizen step share its column, lane by lane',
      [step('c1', C), step('u1', U, 'c1'), step('p1', P, 'c1')],
      [['c1', { [C]: ['c1'], [P]: ['p1'], [U]: ['u1'] }]],
    ],
    [
      'the first standalone step of a later lane also comes first in the phase',
      [step('c1', C), step('p1', P), step('u1', U)],
      [
        ['u1', { [U]: ['u1'] }],
        ['p1', { [P]: ['p1'] }],
        ['c1', { [C]: ['c1'] }],
      ],
    ],
    [
      'steps of other phases are ignored',
      [step('c1', C), step('x1', C, null, 'other'), step('x2', P, 'x1', 'other'), step('p1', P, 'c1')],
      [['c1', { [C]: ['c1'], [P]: ['p1'] }]],
    ],
    [
      'a step beside a citizen step of another phase stands on its own',
      [step('x1', C, null, 'other'), step('c1', C), step('p1', P, 'x1')],
      [
        ['p1', { [P]: ['p1'] }],
        ['c1', { [C]: ['c1'] }],
      ],
    ],
    [
      'a step beside a citizen step that does not exist stands on its own',
      [step('c1', C), step('p1', P, 'c1'), step('p2', P, 'gone')],
      [
        ['c1', { [C]: ['c1'], [P]: ['p1'] }],
        ['p2', { [P]: ['p2'] }],
      ],
    ],
    [
      'steps of a lane that is not shown are left out',
      [step('c1', C), step('h1', 'lane-hidden', 'c1'), step('h2', 'lane-hidden')],
      [['c1', { [C]: ['c1'] }]],
    ],
  ])('%s', (_name, activities, expected) => {
    expect(shape(placePhase('ph', deepFreeze(activities), C, LANES))).toEqual(expected)
  })

  it('gives each column its phase and the very step objects', () => {
    const activities = [step('c1', C), step('p1', P, 'c1')]
    const [column] = placePhase('ph', activities, C, LANES)
    expect(column?.phaseId).toBe('ph')
    expect(column?.cells.get(P)?.[0]).toBe(activities[1])
  })

  it('puts the lanes of a column in the order they are shown', () => {
    const [column] = placePhase('ph', [step('c1', C), step('u1', U, 'c1'), step('p1', P, 'c1')], C, [C, U, P])
    expect([...(column?.cells.keys() ?? [])]).toEqual([C, U, P])
  })

  it('is deterministic', () => {
    const activities = [step('c1', C), step('p1', P), step('c2', C), step('u1', U, 'c2'), step('p2', P, 'c2')]
    expect(shape(placePhase('ph', activities, C, LANES))).toEqual(
      shape(placePhase('ph', activities, C, LANES)),
    )
  })

  it('places the frozen journey’s provider steps beside the citizen step of their phase', () => {
    const journey = currentJourney()
    const lanes = journey.lanes.map((l) => l.id)
    expect(
      journey.phases.map((p) => shape(placePhase(p.id, journey.activities, 'lane-citizen', lanes))),
    ).toEqual([
      [['act-01-citizen-1', { 'lane-citizen': ['act-01-citizen-1'] }]],
      [
        [
          'act-02-citizen-1',
          { 'lane-citizen': ['act-02-citizen-1'], 'lane-provider': ['act-02-provider-1'] },
        ],
      ],
      [
        [
          'act-03-citizen-1',
          { 'lane-citizen': ['act-03-citizen-1'], 'lane-provider': ['act-03-provider-1'] },
        ],
      ],
    ])
  })
})
