import { describe, expect, it } from 'vitest'
import { indexedWhere, neighbourIndex, swapAt } from '@/domain'
import { deepFreeze } from '../../fixtures/versions/load'

/** Activities of two phases share one array, interleaved, as they do in a journey. */
type Item = { id: string; phase: 'a' | 'b' }
const items = (): Item[] => [
  { id: 'a1', phase: 'a' },
  { id: 'b1', phase: 'b' },
  { id: 'a2', phase: 'a' },
  { id: 'b2', phase: 'b' },
  { id: 'a3', phase: 'a' },
]
const samePhase = (x: Item, y: Item) => x.phase === y.phase
const ids = (list: Item[]) => list.map((i) => i.id)

/**
 * Moving an item one place within its group, as the wizard does it now that documents are immutable
 * (`moveWithinGroup`, which swapped in place, is gone): find the neighbour, then swap along the path.
 */
function moveWithinGroup(list: Item[], index: number, delta: -1 | 1): Item[] | null {
  const target = neighbourIndex(list, index, delta, samePhase)
  return target < 0 ? null : swapAt({ list }, ['list'], index, target).list
}

describe('ordering', () => {
  describe('neighbourIndex', () => {
    it.each<[number, -1 | 1, number]>([
      [0, 1, 2],
      [2, 1, 4],
      [2, -1, 0],
      [4, -1, 2],
      [1, 1, 3],
      [3, -1, 1],
      [0, -1, -1],
      [4, 1, -1],
      [1, -1, -1],
      [3, 1, -1],
      [5, -1, -1],
      [-1, 1, -1],
    ])('from %i by %i within its group is %i', (index, delta, expected) => {
      expect(neighbourIndex(items(), index, delta, samePhase)).toBe(expected)
    })

    it('without a group takes the adjacent item', () => {
      expect(neighbourIndex(items(), 1, 1)).toBe(2)
      expect(neighbourIndex(items(), 1, -1)).toBe(0)
      expect(neighbourIndex(items(), 4, 1)).toBe(-1)
    })
  })

  describe('moving within a group (neighbourIndex + swapAt)', () => {
    it('swaps with the next item of the same group and leaves the others in place', () => {
      const list = deepFreeze(items())
      expect(ids(moveWithinGroup(list, 0, 1)!)).toEqual(['a2', 'b1', 'a1', 'b2', 'a3'])
      expect(ids(list)).toEqual(ids(items()))
    })

    it('moves up past items of other groups', () => {
      expect(ids(moveWithinGroup(items(), 3, -1)!)).toEqual(['a1', 'b2', 'a2', 'b1', 'a3'])
    })

    it.each<[number, -1 | 1]>([
      [0, -1],
      [4, 1],
      [1, -1],
      [3, 1],
    ])('finds no place at the edge (index %i, delta %i)', (index, delta) => {
      expect(moveWithinGroup(items(), index, delta)).toBeNull()
    })
  })

  describe('indexedWhere', () => {
    it('keeps each item with its index in the full list', () => {
      const list = items()
      expect(indexedWhere(list, (i) => i.phase === 'b')).toEqual([
        { item: list[1], index: 1 },
        { item: list[3], index: 3 },
      ])
    })

    it('returns the items themselves, so they can be found again by identity', () => {
      const list = items()
      const [first] = indexedWhere(list, (i) => i.phase === 'a')
      expect(first?.item).toBe(list[0])
    })

    it('returns an empty list when nothing matches', () => {
      expect(indexedWhere(items(), () => false)).toEqual([])
    })
  })
})
