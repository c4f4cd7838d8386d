import fc from 'fast-check'
import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import {
  ACTION_STATUSES,
  CHANNELS,
  EMOTION_SCORES,
  EVIDENCE_KINDS,
  getAt,
  INSIGHT_KINDS,
  journeyObjectSchema,
  journeySchema,
  LIST_LIMITS,
  maxLengthAt,
  refusalAt,
  ORIGIN_KINDS,
  PRIORITY_LEVELS,
  readJourneyFile,
  SCHEMA_VERSION,
  setAt,
  STEP_IDS,
  TEXT_LIMITS as T,
  toFile,
  TOUCHPOINT_MODES,
  type Activity,
  type Journey,
  type Lane,
  type NormalizeResult,
  type Path,
  type RepairKind,
} from '@/domain'
import { largeJourney, smallJourney } from '../../fixtures/generateFixtures'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { deepFreeze, fileText } from '../../fixtures/versions/load'
import { asStored, currentJourney, FILE_ERROR_VALUES, issuesOf, normalize, PNG } from './support'

/** What the reader takes: fields with a default may be left out (the schema may gain some after this file). */
type JourneyInput = z.input<typeof journeyObjectSchema>

const EXPORTED_AT = new Date('2026-11-24T10:06:00.000Z')
const REPAIR_KINDS: RepairKind[] = [
  'clamped',
  'listCut',
  'defaulted',
  'dropped',
  'unlinked',
  'rehomed',
  'renumbered',
  'lanes',
]

/** What every reading must give: a journey the schema accepts, or one of the file errors. Never a throw. */
function expectSound(result: NormalizeResult) {
  if (result.ok) {
    expect(journeySchema.safeParse(result.journey).error?.issues ?? []).toEqual([])
    for (const note of result.repairs) expect(REPAIR_KINDS).toContain(note.kind)
  } else expect(FILE_ERROR_VALUES).toContain(result.error.key)
}

/** Every path in a JSON value, the root included, so a replacement can hit a whole list or one leaf. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at]
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value)
  return [at, ...entries.flatMap(([key, child]) => pathsOf(child, [...at, key]))]
}

/** A string of any length up to `max`: a short random piece repeated (so 30,000 characters stay cheap). */
const longString = (max: number) =>
  fc
    .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max }))
    .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n))

const BASES: [string, () => Journey][] = [
  ['makeJourney', () => makeJourney()],
  ['an empty journey', () => makeEmptyJourney()],
  ['the small fixture', () => smallJourney()],
  ['the frozen v3 journey', () => currentJourney()],
  ['the large fixture', () => largeJourney()],
]
const BASE_DOCS = BASES.map(([name, make]) => ({ name, doc: make(), paths: pathsOf(make()) }))

/** A valid journey with the value at one of its paths replaced by `values`. */
const replaced = (values: fc.Arbitrary<unknown>) =>
  fc
    .constantFrom(...BASE_DOCS)
    .chain(({ doc, paths }) =>
      fc
        .tuple(fc.constantFrom(...paths), values)
        .map(([path, value]) => ({ path, value, doc: setAt(doc, path, value) })),
    )

describe('normalizeJourney on a valid journey with one value replaced', () => {
  it.each(BASES)('starts from valid documents: %s', (_name, make) => {
    expect(issuesOf(make())).toEqual([])
  })

  it('never throws, and gives a valid journey or a file error, for any JSON value anywhere', () => {
    fc.assert(
      fc.property(replaced(fc.oneof(fc.jsonValue(), fc.constant(undefined))), ({ doc }) => {
        expectSound(normalize(deepFreeze(doc)))
      }),
      { numRuns: 600 },
    )
  })

  it('never throws, and gives a valid journey or a file error, for a string of up to 30,000 characters anywhere', () => {
    fc.assert(
      fc.property(replaced(longString(30_000)), ({ doc }) => {
        expectSound(normalize(deepFreeze(doc)))
      }),
      { numRuns: 300 },
    )
  })

  it('keeps a text that fits its field exactly, and clamps one that does not to its beginning', () => {
    const textPaths = BASE_DOCS.map(({ doc, paths }) => ({
      doc,
      // Free texts only: an empty string is allowed there (not ids, dates or data URLs).
      paths: paths.filter(
        (p) => typeof getAt(doc, p) === 'string' && (maxLengthAt(p) ?? 0) > 40 && refusalAt(p, '') === null,
      ),
    }))
    const arb = fc
      .constantFrom(...textPaths.filter((t) => t.paths.length > 0))
      .chain(({ doc, paths }) => fc.tuple(fc.constant(doc), fc.constantFrom(...paths), longString(12_000)))
    fc.assert(
      fc.property(arb, ([doc, path, text]) => {
        const result = normalize(setAt(doc, path, text))
        const max = maxLengthAt(path)!
        expect(result.ok).toBe(true)
        if (!result.ok) return
        const read = getAt(result.journey, path) as string
        if (text.length <= max) {
          expect(read).toBe(text)
          expect(result.repairs).toEqual([])
        } else {
          expect(text.startsWith(read)).toBe(true)
          expect(read.length).toBeGreaterThanOrEqual(max - 1)
          expect(result.repairs).toEqual([expect.objectContaining({ kind: 'clamped', max })])
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('readJourneyFile on any text at all', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => expectSound(readJourneyFile(text))),
      { numRuns: 1000 },
    )
  })

  it('never throws on any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => expectSound(readJourneyFile(text))),
      { numRuns: 1000 },
    )
  })

  it('never throws on a real file with a piece cut out or put in', () => {
    const file = fileText(SCHEMA_VERSION)
    const edit = fc.tuple(
      fc.integer({ min: 0, max: file.length }),
      fc.integer({ min: 0, max: 40 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
    )
    fc.assert(
      fc.property(edit, ([at, cut, insert]) => {
        expectSound(readJourneyFile(file.slice(0, at) + insert + file.slice(at + cut)))
      }),
      { numRuns: 1000 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------------
// Generated journeys for the round trip: every text any text (up to its field's maximum), any counts within
// the limits, every reference pointing where the schema allows.
// ---------------------------------------------------------------------------------------------------------

/** Pieces texts are built from: non-Latin-1 names, emoji (also joined and flags), markup, bidi marks, RTL script. */
const PIECES = [
  'a',
  'Z',
  ' ',
  '\n',
  '\t',
  'Łukasz Őrs',
  'é',
  '’',
  '€',
  'ß',
  '😀',
  '👩‍👩‍👧',
  '🇧🇪',
  '𠜎',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '{{ 7 * 7 }}',
  '\u202E',
  '\u200F',
  '\u2066',
  'שלום',
  'مرحبا',
  '"',
  '\\',
  '\u0000',
  '\u00A0',
  '__proto__',
]

/** A text of up to `max` characters: a few pieces, a field filled exactly to its maximum, or random code units. */
const text = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join('').slice(0, max)),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...PIECES).map((p) => p.repeat(Math.ceil(max / p.length)).slice(0, max)),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(max, 30) }) },
  )

const stamp = fc
  .date({
    min: new Date('2000-01-01T00:00:00.000Z'),
    max: new Date('2099-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString())
/** fc.record may make null-prototype objects; a journey read from JSON never has one. */
const rec = <T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> =>
  fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>

const evidence = rec({ kind: fc.constantFrom(...EVIDENCE_KINDS), source: text(T.label) })
const action = rec({
  owner: text(T.name),
  nextStep: text(T.caption),
  status: fc.constantFrom(...ACTION_STATUSES),
  impact: fc.constantFrom(...PRIORITY_LEVELS),
  effort: fc.constantFrom(...PRIORITY_LEVELS),
  due: fc.oneof(
    fc.constant(''),
    stamp.map((s) => s.slice(0, 10)),
  ),
})
const pick = fc.nat({ max: 10_000 })
const maybePick = fc.option(pick, { nil: null })

const activitySpec = rec({
  phase: pick,
  lane: pick,
  beside: maybePick,
  title: text(T.label),
  description: text(T.long),
  handoff: fc.option(rec({ to: text(T.label) }), { nil: null }),
  touchpoints: fc.array(
    rec({
      channel: fc.constantFrom(...CHANNELS),
      label: text(T.label),
      mode: fc.constantFrom(...TOUCHPOINT_MODES),
      exclusion: text(T.caption),
    }),
    { maxLength: 3 },
  ),
  moments: fc.array(rec({ text: text(T.long), emotion: fc.constantFrom(...EMOTION_SCORES), evidence }), {
    maxLength: 3,
  }),
  evidence,
})

const at = <T>(list: readonly T[], n: number | null): T | null =>
  n === null || list.length === 0 ? null : (list[n % list.length] as T)

const journeyArb: fc.Arbitrary<JourneyInput> = rec({
  id: fc.string({ minLength: 1, maxLength: 64 }),
  revision: fc.nat(),
  origin: rec({
    kind: fc.constantFrom(...ORIGIN_KINDS),
    importedAt: fc.option(stamp, { nil: null }),
    sourceTitle: text(T.title),
  }),
  title: text(T.title),
  caseDescription: text(T.long),
  goal: text(T.long),
  mode: fc.constantFrom('persona' as const, 'general' as const),
  personas: fc.array(rec({ name: text(T.name), description: text(T.long), needs: text(T.long) }), {
    maxLength: 3,
  }),
  generalNote: text(T.long),
  provider: fc.option(rec({ name: text(T.name), enabled: fc.boolean() }), { nil: null }),
  users: fc.array(rec({ name: text(T.name), enabled: fc.boolean() }), { maxLength: 5 }),
  citizenName: text(T.name),
  phases: fc.array(rec({ name: text(T.name), description: text(T.long) }), { maxLength: LIST_LIMITS.phases }),
  activities: fc.array(activitySpec, { maxLength: 30 }),
  improvements: fc.array(rec({ text: text(T.long), moment: maybePick }), {
    maxLength: LIST_LIMITS.improvements,
  }),
  strengths: fc.array(rec({ text: text(T.long), role: text(T.name), moment: maybePick }), { maxLength: 6 }),
  insights: fc.array(
    rec({
      kind: fc.constantFrom(...INSIGHT_KINDS),
      moment: pick,
      improvement: maybePick,
      text: text(T.long),
      evidence,
      action,
    }),
    { maxLength: 8 },
  ),
  figures: fc.array(
    rec({ label: text(T.label), value: text(T.value), unit: text(T.unit), phase: maybePick, evidence }),
    { maxLength: 3 },
  ),
  quotes: fc.array(rec({ text: text(T.long), role: text(T.name), phase: maybePick }), { maxLength: 3 }),
  images: fc.array(
    rec({
      caption: text(T.caption),
      alt: text(T.caption),
      phase: maybePick,
      width: fc.integer({ min: 1, max: 4000 }),
    }),
    { maxLength: 2 },
  ),
  lastStepId: fc.constantFrom(...STEP_IDS),
  createdAt: stamp,
  updatedAt: stamp,
}).map((g): JourneyInput => {
  const lanes: Lane[] = [
    { id: 'lane-c', kind: 'citizen', name: g.citizenName, enabled: true },
    ...(g.provider ? [{ id: 'lane-p', kind: 'provider' as const, ...g.provider }] : []),
    ...g.users.map((u, i) => ({ id: `lane-u${i}`, kind: 'user' as const, ...u })),
  ]
  const phases = g.phases.map((p, i) => ({ id: `phase-${i}`, ...p }))
  const specs = phases.length ? g.activities : []
  const placed = specs.map((a, i) => ({
    a,
    i,
    phaseId: at(phases, a.phase)!.id,
    laneId: at(lanes, a.lane)!.id,
  }))
  const activities: Activity[] = placed.map(({ a, i, phaseId, laneId }) => {
    const citizenSteps = placed.filter((o) => o.laneId === 'lane-c' && o.phaseId === phaseId)
    return {
      id: `act-${i}`,
      phaseId,
      laneId,
      title: a.title,
      description: a.description,
      besideId:
        laneId === 'lane-c' ? null : at(citizenSteps, a.beside) && `act-${at(citizenSteps, a.beside)!.i}`,
      handoff: a.handoff,
      touchpoints: a.touchpoints.map((t, k) => ({ id: `tp-${i}-${k}`, ...t })),
      moments: a.moments.map((m, k) => ({ id: `m-${i}-${k}`, ...m })),
      evidence: a.evidence,
    }
  })
  const momentIds = activities.flatMap((a) => a.moments.map((m) => m.id))
  const improvements = g.improvements.map((p, i) => ({
    id: `imp-${i}`,
    text: p.text,
    momentId: at(momentIds, p.moment),
  }))
  const phaseOf = (n: number | null) => at(phases, n)?.id ?? null
  return {
    schemaVersion: SCHEMA_VERSION,
    id: g.id,
    revision: g.revision,
    origin: g.origin,
    title: g.title,
    caseDescription: g.caseDescription,
    goal: g.goal,
    central: {
      mode: g.mode,
      personas: g.personas.map((p, i) => ({ id: `persona-${i}`, ...p })),
      generalNote: g.generalNote,
    },
    lanes,
    phases,
    activities,
    aha: {
      improvements,
      strengths: g.strengths.map((s, i) => ({
        id: `str-${i}`,
        text: s.text,
        role: s.role,
        momentId: at(momentIds, s.moment),
      })),
    },
    insights: momentIds.length
      ? g.insights.map((s, i) => ({
          id: `ins-${i}`,
          kind: s.kind,
          momentId: at(momentIds, s.moment)!,
          improvementId: at(improvements, s.improvement)?.id ?? null,
          text: s.text,
          evidence: s.evidence,
          action: s.action,
        }))
      : [],
    figures: g.figures.map(({ phase, ...f }, i) => ({ id: `fig-${i}`, ...f, phaseId: phaseOf(phase) })),
    quotes: g.quotes.map(({ phase, ...q }, i) => ({ id: `quote-${i}`, ...q, phaseId: phaseOf(phase) })),
    images: g.images.map(({ phase, width, ...m }, i) => ({
      id: `img-${i}`,
      dataUrl: PNG,
      width,
      height: width,
      ...m,
      phaseId: phaseOf(phase),
    })),
    lastStepId: g.lastStepId,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  }
})

/** One journey with every list at its limit and a text at its maximum in every kind of field. */
function journeyAtTheLimits(): Journey {
  const base = makeJourney()
  const full = (max: number, piece = 'Ő😀') => piece.repeat(max).slice(0, max)
  const lanes: Lane[] = [
    { ...base.lanes[0]!, name: full(T.name) },
    base.lanes[1]!,
    ...Array.from({ length: LIST_LIMITS.lanes - 2 }, (_, i) => ({
      id: `u${i}`,
      kind: 'user' as const,
      name: `U${i}`,
      enabled: i % 2 === 0,
    })),
  ]
  const phases = Array.from({ length: LIST_LIMITS.phases }, (_, i) => ({
    id: `p${i}`,
    name: full(T.name, `${i}`),
    description: '',
  }))
  const activities: Activity[] = Array.from({ length: LIST_LIMITS.activities }, (_, i) => ({
    ...base.activities[0]!,
    id: `a${i}`,
    phaseId: `p${i % LIST_LIMITS.phases}`,
    laneId: i % 3 === 0 ? lanes[0]!.id : (lanes[i % LIST_LIMITS.lanes]?.id ?? lanes[1]!.id),
    besideId: null,
    title: i === 0 ? full(T.label) : `Stap ${i}`,
    description: i === 0 ? full(T.long, '<b>‮x</b>') : '',
    touchpoints:
      i === 0
        ? Array.from({ length: LIST_LIMITS.touchpoints }, (_, k) => ({
            id: `t${k}`,
            channel: 'phone' as const,
            label: full(T.label),
            mode: 'phone' as const,
            exclusion: full(T.caption),
          }))
        : [],
    moments:
      i === 0
        ? Array.from({ length: LIST_LIMITS.moments }, (_, k) => ({
            id: `m${k}`,
            text: full(T.long),
            emotion: k % 2 ? 2 : -2,
            evidence: { kind: 'observed' as const, source: full(T.label) },
          }))
        : [],
  }))
  return {
    ...base,
    title: full(T.title),
    caseDescription: full(T.long),
    central: {
      ...base.central,
      personas: Array.from({ length: LIST_LIMITS.personas }, (_, i) => ({
        id: `pe${i}`,
        name: full(T.name),
        description: '',
        needs: '',
      })),
    },
    lanes,
    phases,
    activities,
    aha: {
      improvements: Array.from({ length: LIST_LIMITS.improvements }, (_, i) => ({
        id: `i${i}`,
        text: full(T.long),
        momentId: `m${i}`,
      })),
      strengths: Array.from({ length: LIST_LIMITS.strengths }, (_, i) => ({
        id: `s${i}`,
        text: 'Goed',
        role: full(T.name),
        momentId: null,
      })),
    },
    insights: Array.from({ length: LIST_LIMITS.insights }, (_, i) => ({
      ...base.insights[0]!,
      id: `in${i}`,
      momentId: `m${i % LIST_LIMITS.moments}`,
      improvementId: i < LIST_LIMITS.improvements ? `i${i}` : null,
    })),
    figures: Array.from({ length: LIST_LIMITS.figures }, (_, i) => ({
      ...base.figures[0]!,
      id: `f${i}`,
      value: full(T.value),
      unit: full(T.unit),
      phaseId: `p${i % 30}`,
    })),
    quotes: Array.from({ length: LIST_LIMITS.quotes }, (_, i) => ({
      ...base.quotes[0]!,
      id: `q${i}`,
      phaseId: 'p29',
    })),
    images: Array.from({ length: LIST_LIMITS.images }, (_, i) => ({
      id: `img${i}`,
      dataUrl: PNG,
      width: 1,
      height: 1,
      caption: full(T.caption),
      alt: 'x',
      phaseId: null,
    })),
  }
}

describe('toFile then readJourneyFile', () => {
  it('gives back exactly the journey that was written, for any journey within the limits', () => {
    fc.assert(
      fc.property(journeyArb, (generated) => {
        expect(issuesOf(generated)).toEqual([])
        const journey = asStored(generated)
        expect(journey).toMatchObject(generated)
        expect(readJourneyFile(toFile(journey, EXPORTED_AT))).toStrictEqual({
          ok: true,
          journey,
          migratedFrom: null,
          repairs: [],
        })
      }),
      { numRuns: 150 },
    )
  })

  it('gives back exactly a journey with every list at its limit and texts at their maximum', () => {
    const journey = asStored(journeyAtTheLimits())
    expect(issuesOf(journey)).toEqual([])
    expect(readJourneyFile(toFile(journey, EXPORTED_AT))).toStrictEqual({
      ok: true,
      journey,
      migratedFrom: null,
      repairs: [],
    })
  })
})
