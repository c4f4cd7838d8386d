import { describe, expect, it } from 'vitest'
import { splitIntoSheets } from '@/map/sheets'

describe('splitIntoSheets', () => {
  it.each([
    ['a3', 1, [[0, 0]]],
    ['a3', 6, [[0, 5]]],
    [
      'a3',
      7,
      [
        [0, 3],
        [4, 6],
      ],
    ],
    [
      'a3',
      12,
      [
        [0, 5],
        [6, 11],
      ],
    ],
    ['a4', 4, [[0, 3]]],
    [
      'a4',
      9,
      [
        [0, 2],
        [3, 5],
        [6, 8],
      ],
    ],
    [
      'a4',
      12,
      [
        [0, 3],
        [4, 7],
        [8, 11],
      ],
    ],
  ] as const)('%s with %i phases gives sheets %j of whole phases', (paper, count, expected) => {
    const sheets = splitIntoSheets(count, paper)
    expect(sheets.map((s) => [s.from, s.to])).toEqual(expected)
    expect(sheets.every((s) => s.count === expected.length)).toBe(true)
    expect(sheets.map((s) => s.number)).toEqual(expected.map((_, i) => i + 1))
  })

  it('never puts more phases on a sheet than the paper holds', () => {
    for (let count = 1; count <= 40; count++)
      for (const [paper, max] of [
        ['a3', 6],
        ['a4', 4],
      ] as const) {
        const sheets = splitIntoSheets(count, paper)
        expect(sheets.reduce((n, s) => n + s.to - s.from + 1, 0)).toBe(count)
        expect(Math.max(...sheets.map((s) => s.to - s.from + 1))).toBeLessThanOrEqual(max)
        expect(sheets.length).toBe(Math.ceil(count / max))
      }
  })

  it('gives one empty sheet for a journey without phases', () => {
    expect(splitIntoSheets(0, 'a3')).toEqual([{ from: 0, to: -1, number: 1, count: 1 }])
  })
})
