import { describe, expect, it } from 'vitest'
import {
  actionItems,
  buildMapModel,
  compareActions,
  createAction,
  createInsight,
  formatDueDate,
  isQuickWin,
  sortActions,
  type Action,
  type ActionItem,
  type Journey,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'

type Level = Action['impact']

/** An item of the action list with only what the order reads; `n` is its place on the map. */
const item = (n: number, impact: Level, effort: Level, due = ''): ActionItem => ({
  id: `k${n}`,
  index: n,
  n,
  text: `Opportuniteit ${n}`,
  evidence: { kind: 'none', source: '' },
  action: { ...createAction(), impact, effort, due },
  momentN: 1,
  momentText: '',
  emotion: -1,
  stepTitle: '',
  phaseNumber: 1,
  phaseName: '',
  laneId: '',
})
const order = (items: ActionItem[]) => sortActions(items).map((i) => i.n)

describe('the order of the action list', () => {
  it.each<[string, ActionItem[], number[]]>([
    [
      'a quick win (high impact, low effort) comes before high impact with more effort',
      [item(1, 'high', 'medium'), item(2, 'high', 'high'), item(3, 'high', 'low')],
      [3, 1, 2],
    ],
    [
      'a quick win comes first even with a later date',
      [item(1, 'high', 'medium', '2026-01-01'), item(2, 'high', 'low', '2030-01-01')],
      [2, 1],
    ],
    [
      'then by impact, high to low, whatever the effort',
      [item(1, 'low', 'low'), item(2, 'medium', 'high'), item(3, 'high', 'high')],
      [3, 2, 1],
    ],
    [
      'at equal impact, less effort first',
      [item(1, 'medium', 'high'), item(2, 'medium', 'low'), item(3, 'medium', 'medium')],
      [2, 3, 1],
    ],
    [
      'then the earliest date first, no date last',
      [item(1, 'low', 'low', ''), item(2, 'low', 'low', '2027-06-15'), item(3, 'low', 'low', '2026-12-01')],
      [3, 2, 1],
    ],
    [
      'an impact not weighed comes after a low one',
      [item(1, 'unset', 'low'), item(2, 'low', 'high')],
      [2, 1],
    ],
    [
      'an effort not weighed comes after a high one',
      [item(1, 'medium', 'unset'), item(2, 'medium', 'high')],
      [2, 1],
    ],
    [
      'high impact with effort not weighed is no quick win',
      [item(1, 'high', 'unset'), item(2, 'high', 'low'), item(3, 'high', 'high')],
      [2, 3, 1],
    ],
    [
      'what is equal keeps the order of the map',
      [item(3, 'unset', 'unset'), item(1, 'unset', 'unset'), item(2, 'unset', 'unset')],
      [1, 2, 3],
    ],
    ['an empty list stays empty', [], []],
  ])('%s', (_, items, expected) => {
    expect(order(items)).toEqual(expected)
  })

  it('leaves its input as it is and is a total order', () => {
    const items = [item(2, 'low', 'high'), item(1, 'high', 'low'), item(3, 'medium', 'medium', '2026-02-02')]
    const copy = structuredClone(items)
    sortActions(items)
    expect(items).toEqual(copy)
    for (const a of items)
      for (const b of items) expect(Math.sign(compareActions(a, b)) + Math.sign(compareActions(b, a))).toBe(0)
  })

  it.each<[Level, Level, boolean]>([
    ['high', 'low', true],
    ['high', 'medium', false],
    ['medium', 'low', false],
    ['unset', 'unset', false],
  ])('impact %s with effort %s is a quick win: %s', (impact, effort, expected) => {
    expect(isQuickWin({ impact, effort })).toBe(expected)
  })
})

describe('formatDueDate', () => {
  it.each([
    ['2027-06-15', '15/06/2027'],
    ['2026-01-02', '02/01/2026'],
    ['', ''],
    ['15/06/2027', ''],
  ])('%s → "%s"', (iso, expected) => {
    expect(formatDueDate(iso)).toBe(expected)
  })
})

describe('actionItems', () => {
  const withOpportunities = (): Journey => {
    const j = makeJourney()
    const [first, second] = j.activities.flatMap((a) => a.moments)
    return {
      ...j,
      insights: [
        ...j.insights,
        { ...createInsight('opportunity', second!.id), text: 'Later op de kaart' },
        { ...createInsight('opportunity', first!.id), text: 'Eerder op de kaart' },
        { ...createInsight('opportunity', 'gone'), text: 'Zonder moment' },
      ],
    }
  }

  it('lists only opportunities, numbered and in the order of the map, with where they come from', () => {
    const j = withOpportunities()
    const items = actionItems(j, buildMapModel(j))
    expect(items.map((i) => [i.n, i.text])).toEqual([
      [1, 'Eerder op de kaart'],
      [2, 'Een wachtrij-sms voor wie een afspraak heeft'],
      [3, 'Later op de kaart'],
    ])
    const first = items[0]!
    expect(first).toMatchObject({
      momentN: 1,
      momentText: 'De brief zegt precies wat ik moet meebrengen',
      stepTitle: 'Leest de oproepingsbrief van de gemeente',
      phaseNumber: 1,
      phaseName: 'Oriëntatie',
      laneId: j.lanes[0]!.id,
    })
    expect(j.insights[first.index]!.text).toBe('Eerder op de kaart')
  })

  it('leaves out an opportunity whose lane is switched off, as the map does', () => {
    const j = withOpportunities()
    const provider = j.lanes[1]!
    const moved: Journey = {
      ...j,
      lanes: j.lanes.map((l) => (l.id === provider.id ? { ...l, enabled: false } : l)),
      activities: j.activities.map((a, i) => (i === 0 ? { ...a, laneId: provider.id } : a)),
    }
    expect(actionItems(moved, buildMapModel(moved)).map((i) => i.text)).not.toContain('Eerder op de kaart')
  })
})
