import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SCHEMA_VERSION, type Journey } from '@/domain'
import { headRevision, listDrafts, loadJourney, readRawJourney } from '@/persistence'
import { INDEX_KEY, journeyKey } from '@/persistence/keys'
import smallFixture from '../../fixtures/journey-small.json'
import { makeJourney } from '../../fixtures/makeJourney'
import { resetPersistence } from '../support/persistence'

/**
 * Any stored text the reader meets opens, or is listed as damaged with its raw text kept byte for byte: never
 * both lost. Texts are put straight into `klantreis:journey:<id>`: arbitrary strings, arbitrary JSON, and
 * journeys damaged in every way a random edit can damage them (fields replaced by any JSON value or removed,
 * other versions, cut short, written pretty or compact).
 */

type Part = string | number

const snapshot = () =>
  Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]))

/** What the start page lists for one stored text, checked against what the reader makes of it. */
async function checkListed(id: string, raw: string, known?: { title: string; revision: number }) {
  const before = snapshot()

  const items = await listDrafts()

  expect(items).toHaveLength(1)
  const [item] = items
  const loaded = loadJourney(id)
  if (item!.damaged === null) {
    // Openable: under the key it was found by.
    expect(loaded.ok).toBe(true)
    if (loaded.ok)
      expect(item).toMatchObject({ title: loaded.journey.title, revision: loaded.journey.revision })
  } else {
    expect(item!.id).toBe(id)
    expect(loaded.ok).toBe(false)
    expect(readRawJourney(id)).toBe(raw)
    expect(item).toMatchObject({ title: known?.title ?? '', revision: known?.revision ?? 0 })
    // A newer Klantreis's text, however it is spaced, is told apart from damage.
    const version = /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)/.exec(raw)
    expect(item!.damaged).toBe(version && Number(version[1]) > SCHEMA_VERSION ? 'newer' : 'unreadable')
  }
  // Listing reads only: nothing in storage changed, the raw text least of all.
  expect(snapshot()).toEqual(before)
}

// ---- journeys damaged at random -----------------------------------------------------------------------------

/** A path into `doc` chosen by `picks`, stopping at a leaf. */
function pathIn(doc: unknown, picks: number[]): Part[] {
  const path: Part[] = []
  let node = doc
  for (const pick of picks) {
    if (Array.isArray(node) && node.length) {
      const i = pick % node.length
      path.push(i)
      node = node[i]
    } else if (node && typeof node === 'object' && Object.keys(node).length) {
      const keys = Object.keys(node)
      const key = keys[pick % keys.length]!
      path.push(key)
      node = (node as Record<string, unknown>)[key]
    } else break
  }
  return path
}

type Damage = { kind: 'set'; picks: number[]; value: unknown } | { kind: 'delete'; picks: number[] }

function damaged(source: unknown, damages: Damage[]): unknown {
  let doc = structuredClone(source) as unknown
  for (const damage of damages) {
    const path = pathIn(doc, damage.picks)
    if (!path.length) {
      if (damage.kind === 'set') doc = damage.value
      continue
    }
    let node = doc as Record<Part, unknown>
    for (const part of path.slice(0, -1)) node = node[part] as Record<Part, unknown>
    const last = path[path.length - 1]!
    if (damage.kind === 'set') node[last] = damage.value
    else if (Array.isArray(node)) node.splice(last as number, 1)
    else delete node[last]
  }
  return doc
}

/** The text as the app writes it: schemaVersion, id and revision first (see `headRevision`). */
function withHead(doc: unknown): string {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return JSON.stringify(doc)
  const { schemaVersion, id, revision } = doc as Record<string, unknown>
  return JSON.stringify({ schemaVersion, id, revision, ...doc })
}

const picks = fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 5 })
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    picks,
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<unknown>,
  }),
  fc.record({ kind: fc.constant('delete' as const), picks }),
)
const version = fc.constantFrom<unknown>(
  undefined,
  1,
  2,
  SCHEMA_VERSION,
  SCHEMA_VERSION + 1,
  99,
  '3',
  null,
  2.5,
)

const journeyText = fc
  .record({
    source: fc.constantFrom<unknown>(makeJourney(), smallFixture, makeJourney({ revision: 4 })),
    version,
    damages: fc.array(damage, { maxLength: 4 }),
    form: fc.constantFrom('head', 'head', 'compact', 'pretty', 'cut'),
    cut: fc.nat(),
  })
  .map(({ source, version: schemaVersion, damages, form, cut }) => {
    const withVersion = schemaVersion === undefined ? source : { ...(source as object), schemaVersion }
    const doc = damaged(withVersion, damages)
    if (form === 'compact') return JSON.stringify(doc) ?? 'undefined'
    if (form === 'pretty') return JSON.stringify(doc, null, 2) ?? 'undefined'
    const text = withHead(doc) ?? 'undefined'
    return form === 'cut' ? text.slice(0, cut % (text.length + 1)) : text
  })

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.constantFrom(
    '',
    'null',
    '[]',
    '{}',
    '"tekst"',
    '{"schemaVersion":3}',
    '{"schemaVersion":4}',
    '{"schemaVersion":',
  ),
)

/** The id of the key: the journey's own id when it has a usable one (as the app writes it), else another. */
function keyFor(raw: string): string {
  try {
    const id = (JSON.parse(raw) as { id?: unknown } | null)?.id
    if (typeof id === 'string' && id.length > 0 && id.length <= 64) return id
  } catch {
    // Not JSON: any key will do.
  }
  return 'k1'
}

beforeEach(() => {
  resetPersistence()
  // The reader stamps a missing date with the time: one clock for the listing and the check.
  vi.useFakeTimers({ toFake: ['Date'] })
})

afterEach(() => {
  vi.useRealTimers()
})

describe('any stored text', () => {
  it('is listed once: openable, or damaged with its raw text (arbitrary strings and JSON)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (raw) => {
        resetPersistence()
        localStorage.setItem(journeyKey('k1'), raw)
        await checkListed('k1', raw)
      }),
      { numRuns: 300 },
    )
  })

  it('is listed once: openable, or damaged with its raw text (damaged journeys)', async () => {
    await fc.assert(
      fc.asyncProperty(journeyText, async (raw) => {
        resetPersistence()
        const id = keyFor(raw)
        localStorage.setItem(journeyKey(id), raw)
        await checkListed(id, raw)
      }),
      { numRuns: 300 },
    )
  })

  it('is named by its last known title when an index line of another revision knows it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(journeyText, anyText), fc.string({ maxLength: 40 }), async (raw, title) => {
        resetPersistence()
        const id = keyFor(raw)
        localStorage.setItem(journeyKey(id), raw)
        // The index is a cache of what the app last wrote; here of another revision than the text's head.
        const revision = (headRevision(raw) ?? 0) + 1
        const line = {
          id,
          title,
          updatedAt: '2024-01-01T00:00:00.000Z',
          done: 1,
          total: 8,
          lastStepId: 'goal',
          revision,
        }
        localStorage.setItem(INDEX_KEY, JSON.stringify([line]))
        await checkListed(id, raw, { title, revision })
      }),
      { numRuns: 200 },
    )
  })
})

describe('known gaps (reported)', () => {
  // A damaged text whose head still carries the revision of its index line is listed from the index as a
  // healthy draft: it fails only when opened. (A torn write cannot cause this, localStorage writes are whole;
  // an extension, a disk error or a hand edit can.)
  it('lists a text damaged behind an intact head as damaged', async () => {
    const journey: Journey = makeJourney()
    const raw = `{"schemaVersion":${SCHEMA_VERSION},"id":"${journey.id}","revision":3,"title":"Afgebro`
    localStorage.setItem(journeyKey(journey.id), raw)
    const line = {
      id: journey.id,
      title: 'Bekend',
      updatedAt: journey.updatedAt,
      done: 8,
      total: 8,
      lastStepId: 'goal',
      revision: 3,
    }
    localStorage.setItem(INDEX_KEY, JSON.stringify([line]))

    await checkListed(journey.id, raw, line)
  })

  // A journey of a newer version is recognised by the exact start of the text only: the same journey written
  // pretty (a file saved by hand, another tool) is listed as unreadable rather than as made by a newer Klantreis.
  it('lists a pretty-printed journey of a newer version as newer', async () => {
    const journey = makeJourney()
    localStorage.setItem(
      journeyKey(journey.id),
      JSON.stringify({ ...journey, schemaVersion: SCHEMA_VERSION + 1 }, null, 2),
    )

    expect(await listDrafts()).toMatchObject([{ id: journey.id, damaged: 'newer' }])
  })

  // See journeys.test.ts: a mended journey without a usable id of its own is listed under a fresh random id.
  it('lists a journey under the id of its key', async () => {
    const journey = makeJourney()
    localStorage.setItem(journeyKey('k1'), JSON.stringify(journey))

    expect(await listDrafts()).toMatchObject([{ id: 'k1' }])
  })
})
