import { describe, expect, it } from 'vitest'
import { createHistory, type History } from '@/domain'

/** Documents are objects compared by identity, as the store's journeys are. */
type Doc = { v: string }
const doc = (v: string): Doc => ({ v })
const LABEL = { key: 'history.edited' }

/** Records a chain of edits from `start`, each at its time and with its key; returns the documents made. */
function typeIn(history: History<Doc>, start: Doc, steps: [string, string | null, number][]): Doc[] {
  const docs = [start]
  for (const [v, key, at] of steps) {
    const next = doc(v)
    history.record(docs[docs.length - 1]!, next, LABEL, key, at)
    docs.push(next)
  }
  return docs
}

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = createHistory<Doc>()
    expect([history.canUndo, history.canRedo]).toEqual([false, false])
    expect(history.undo()).toBeNull()
    expect(history.redo()).toBeNull()
    expect(history.peekUndo()).toBeNull()
  })

  it('undoes an edit by giving back the document before it, and redoes it', () => {
    const history = createHistory<Doc>()
    const [a, b] = [doc('a'), doc('b')]
    history.record(a, b, { key: 'history.removed', params: { item: 'fase' } }, null, 1000)

    expect(history.peekUndo()).toMatchObject({
      before: a,
      after: b,
      label: { key: 'history.removed', params: { item: 'fase' } },
    })
    const undone = history.undo()
    expect(undone?.before).toBe(a)
    expect([history.canUndo, history.canRedo]).toEqual([false, true])
    expect(history.peekRedo()?.after).toBe(b)

    const redone = history.redo()
    expect(redone?.after).toBe(b)
    expect([history.canUndo, history.canRedo]).toEqual([true, false])
  })

  it('undoes edits last first, and redoes them in the order they were made', () => {
    const history = createHistory<Doc>()
    const [a, b, c, d] = typeIn(history, doc('a'), [
      ['b', null, 0],
      ['c', null, 1],
      ['d', null, 2],
    ])
    expect([history.undo()?.before, history.undo()?.before, history.undo()?.before]).toEqual([c, b, a])
    expect([history.redo()?.after, history.redo()?.after, history.redo()?.after]).toEqual([b, c, d])
  })

  describe('coalescing', () => {
    it.each<[string, [string, string | null, number][], number]>([
      [
        'typing in one field within the window is one entry',
        [
          ['b', 'title', 0],
          ['c', 'title', 1000],
          ['d', 'title', 2000],
        ],
        1,
      ],
      [
        'exactly at the end of the window still coalesces',
        [
          ['b', 'title', 0],
          ['c', 'title', 1500],
        ],
        1,
      ],
      [
        'a pause longer than the window starts a new entry',
        [
          ['b', 'title', 0],
          ['c', 'title', 1501],
        ],
        2,
      ],
      [
        'the window runs from the last keystroke',
        [
          ['b', 'title', 0],
          ['c', 'title', 1400],
          ['d', 'title', 2800],
        ],
        1,
      ],
      [
        'another field starts a new entry',
        [
          ['b', 'title', 0],
          ['c', 'goal', 10],
        ],
        2,
      ],
      [
        'back in the first field is a new entry again',
        [
          ['b', 'title', 0],
          ['c', 'goal', 10],
          ['d', 'title', 20],
        ],
        3,
      ],
      [
        'edits without a key never coalesce',
        [
          ['b', null, 0],
          ['c', null, 10],
        ],
        2,
      ],
    ])('%s', (_name, steps, entries) => {
      const history = createHistory<Doc>()
      typeIn(history, doc('a'), steps)
      let count = 0
      while (history.undo()) count++
      expect(count).toBe(entries)
    })

    it('keeps the first "before" and the last "after" of a coalesced entry', () => {
      const history = createHistory<Doc>()
      const [a, , , d] = typeIn(history, doc('a'), [
        ['b', 'title', 0],
        ['c', 'title', 100],
        ['d', 'title', 200],
      ])
      expect(history.undo()).toMatchObject({ before: a, after: d, key: 'title', at: 200 })
    })

    it('does not coalesce an edit that does not follow on from the last one', () => {
      const history = createHistory<Doc>()
      const [a, b] = [doc('a'), doc('b')]
      history.record(a, b, LABEL, 'title', 0)
      history.record(doc('elsewhere'), doc('c'), LABEL, 'title', 10)
      expect(history.undo()?.before.v).toBe('elsewhere')
      expect(history.undo()?.before).toBe(a)
    })

    it('does not coalesce with an entry that was undone and redone', () => {
      const history = createHistory<Doc>()
      const [, b] = typeIn(history, doc('a'), [['b', 'title', 0]])
      history.undo()
      history.redo()
      history.record(b!, doc('c'), LABEL, 'title', 10)
      expect(history.undo()?.before).toBe(b)
    })

    it('takes its window from the options', () => {
      const history = createHistory<Doc>({ coalesceMs: 10 })
      typeIn(history, doc('a'), [
        ['b', 'title', 0],
        ['c', 'title', 11],
      ])
      expect(history.undo()?.before.v).toBe('b')
    })
  })

  it('clears what could be redone when a new edit is made', () => {
    const history = createHistory<Doc>()
    const [, b] = typeIn(history, doc('a'), [
      ['b', null, 0],
      ['c', null, 1],
    ])
    history.undo()
    expect(history.canRedo).toBe(true)

    history.record(b!, doc('x'), LABEL, null, 2)

    expect(history.canRedo).toBe(false)
    expect(history.redo()).toBeNull()
    expect(history.undo()?.after.v).toBe('x')
  })

  it('keeps only the last `limit` entries', () => {
    const history = createHistory<Doc>({ limit: 3 })
    typeIn(history, doc('a'), [
      ['b', null, 0],
      ['c', null, 1],
      ['d', null, 2],
      ['e', null, 3],
      ['f', null, 4],
    ])
    const befores: string[] = []
    for (let entry = history.undo(); entry; entry = history.undo()) befores.push(entry.before.v)
    expect(befores).toEqual(['e', 'd', 'c'])
  })

  it('keeps 300 entries by default', () => {
    const history = createHistory<Doc>()
    const steps = Array.from({ length: 305 }, (_, i): [string, null, number] => [`${i}`, null, i])
    typeIn(history, doc('start'), steps)
    let count = 0
    while (history.undo()) count++
    expect(count).toBe(300)
  })

  it('forgets everything on clear', () => {
    const history = createHistory<Doc>()
    typeIn(history, doc('a'), [
      ['b', null, 0],
      ['c', null, 1],
    ])
    history.undo()
    history.clear()
    expect([history.canUndo, history.canRedo]).toEqual([false, false])
  })
})
