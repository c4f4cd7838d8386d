import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatPath,
  getAt,
  insertAt,
  moveAt,
  parsePath,
  removeAt,
  setAt,
  swapAt,
  updateAt,
  type Journey,
  type PathPart,
} from '@/domain'
import { makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze } from '../../fixtures/versions/load'

/** A frozen journey: an edit that writes into its input throws. */
const frozen = (): Journey => deepFreeze(makeJourney())
const list = () => deepFreeze({ items: ['a', 'b', 'c', 'd'] })

describe('paths', () => {
  describe('parsePath and formatPath', () => {
    it.each<[string, PathPart[]]>([
      ['title', ['title']],
      ['activities[3].title', ['activities', 3, 'title']],
      ['activities[3].moments[0].text', ['activities', 3, 'moments', 0, 'text']],
      ['aha.improvements[1].momentId', ['aha', 'improvements', 1, 'momentId']],
      ['central.personas[0].name', ['central', 'personas', 0, 'name']],
      ['[2].x', [2, 'x']],
      ['', []],
    ])('%j is %j and back', (text, parts) => {
      expect(parsePath(text)).toEqual(parts)
      expect(formatPath(parts)).toBe(text)
    })

    it.each<[string, PathPart[]]>([
      ['activities.3.title', ['activities', 3, 'title']],
      ['insights[12]', ['insights', 12]],
      ['coverage.phase-01', ['coverage', 'phase-01']],
    ])('reads the spelling %j too', (text, parts) => {
      expect(parsePath(text)).toEqual(parts)
    })

    it('round-trips any path of names and indexes', () => {
      const name = fc.stringMatching(/^[A-Za-z_][\w-]{0,12}$/)
      const part = fc.oneof(name, fc.nat({ max: 10_000 }))
      fc.assert(
        fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
          expect(parsePath(formatPath(parts))).toEqual(parts)
        }),
      )
    })
  })

  describe('getAt', () => {
    const journey = makeJourney()

    it.each<[string, PathPart[], unknown]>([
      ['a field', ['title'], journey.title],
      ['a nested field', ['activities', 2, 'moments', 0, 'emotion'], -2],
      ['an index past the end', ['activities', 99, 'title'], undefined],
      ['through a text', ['title', 'length', 'x'], undefined],
      ['an unknown key', ['nope'], undefined],
    ])('finds %s', (_name, path, expected) => {
      expect(getAt(journey, path)).toEqual(expected)
    })

    it('gives the root for an empty path', () => {
      expect(getAt(journey, [])).toBe(journey)
    })
  })

  describe('setAt and updateAt', () => {
    it('return the very same document when the value does not change', () => {
      const journey = frozen()
      expect(setAt(journey, ['title'], journey.title)).toBe(journey)
      expect(setAt(journey, ['activities', 2, 'moments', 0, 'emotion'], -2)).toBe(journey)
      expect(updateAt(journey, ['phases'], (old) => old)).toBe(journey)
    })

    it('copy only the branch along the path and share everything else', () => {
      const journey = frozen()
      const next = setAt(journey, ['activities', 2, 'title'], 'Nieuw')

      expect(next).not.toBe(journey)
      expect(next.activities).not.toBe(journey.activities)
      expect(next.activities[2]).not.toBe(journey.activities[2])
      expect(next.activities[2]?.title).toBe('Nieuw')
      // untouched siblings and children keep their identity
      expect(next.activities[0]).toBe(journey.activities[0])
      expect(next.activities[4]).toBe(journey.activities[4])
      expect(next.activities[2]?.moments).toBe(journey.activities[2]?.moments)
      expect(next.activities[2]?.touchpoints).toBe(journey.activities[2]?.touchpoints)
      expect(next.phases).toBe(journey.phases)
      expect(next.aha).toBe(journey.aha)
      expect(next.central).toBe(journey.central)
      expect(journey.activities[2]?.title).toBe('Maakt een afspraak en gaat naar het loket')
    })

    it('add a key an object did not have yet', () => {
      const next = setAt(deepFreeze({ a: { b: 1 } }), ['a', 'c'], 2)
      expect(next).toEqual({ a: { b: 1, c: 2 } })
    })

    it('keep a list a list', () => {
      const next = setAt(list(), ['items', 1], 'B')
      expect(Array.isArray(next.items)).toBe(true)
      expect(next.items).toEqual(['a', 'B', 'c', 'd'])
    })

    it('give updateAt the old value', () => {
      const journey = frozen()
      const next = updateAt(journey, ['revision'], (old) => (old as number) + 1)
      expect(next.revision).toBe(journey.revision + 1)
    })

    it('replace the root for an empty path', () => {
      expect(setAt({ a: 1 }, [], 'x')).toBe('x')
    })
  })

  describe('list edits', () => {
    it.each<[string, (root: ReturnType<typeof list>) => { items: string[] }, string[]]>([
      ['insertAt at the end', (r) => insertAt(r, ['items'], 'e'), ['a', 'b', 'c', 'd', 'e']],
      ['insertAt at an index', (r) => insertAt(r, ['items'], 'x', 1), ['a', 'x', 'b', 'c', 'd']],
      ['insertAt at the start', (r) => insertAt(r, ['items'], 'x', 0), ['x', 'a', 'b', 'c', 'd']],
      ['removeAt', (r) => removeAt(r, ['items'], 2), ['a', 'b', 'd']],
      ['removeAt the last', (r) => removeAt(r, ['items'], 3), ['a', 'b', 'c']],
      ['moveAt forwards', (r) => moveAt(r, ['items'], 0, 2), ['b', 'c', 'a', 'd']],
      ['moveAt backwards', (r) => moveAt(r, ['items'], 3, 1), ['a', 'd', 'b', 'c']],
      ['swapAt', (r) => swapAt(r, ['items'], 0, 3), ['d', 'b', 'c', 'a']],
      ['swapAt neighbours', (r) => swapAt(r, ['items'], 1, 2), ['a', 'c', 'b', 'd']],
    ])('%s gives a new list and leaves the old one', (_name, edit, expected) => {
      const root = list()
      const next = edit(root)
      expect(next.items).toEqual(expected)
      expect(next.items).not.toBe(root.items)
      expect(root.items).toEqual(['a', 'b', 'c', 'd'])
    })

    it('edit a nested list and share the rest', () => {
      const journey = frozen()
      const moment = { ...journey.activities[0]!.moments[0]!, id: 'new' }
      const next = insertAt(journey, ['activities', 0, 'moments'], moment, 0)

      expect(next.activities[0]?.moments.map((m) => m.id)).toEqual([
        'new',
        journey.activities[0]!.moments[0]!.id,
      ])
      expect(next.activities[1]).toBe(journey.activities[1])
      expect(next.insights).toBe(journey.insights)
    })
  })

  describe('a path that leads nowhere', () => {
    it.each<[string, () => unknown, string]>([
      [
        'setAt through a missing item',
        () => setAt(frozen(), ['activities', 99, 'title'], 'x'),
        'No value at activities[99]',
      ],
      ['setAt through a text', () => setAt(frozen(), ['title', 'x'], 1), 'No value at title'],
      ['setAt through a missing key', () => setAt(frozen(), ['nope', 'deeper'], 1), 'No value at nope'],
      ['insertAt on a text', () => insertAt(frozen(), ['title'], 'x'), 'No list at title'],
      ['removeAt on a missing list', () => removeAt(frozen(), ['aha', 'nope'], 0), 'No list at aha.nope'],
      ['moveAt on an object', () => moveAt(frozen(), ['central'], 0, 1), 'No list at central'],
      ['swapAt on a number', () => swapAt(frozen(), ['revision'], 0, 1), 'No list at revision'],
    ])('%s throws', (_name, edit, message) => {
      expect(edit).toThrow(message)
    })
  })
})
