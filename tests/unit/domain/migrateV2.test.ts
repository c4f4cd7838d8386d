import { describe, expect, it } from 'vitest'
import { journeySchema, migrate, MIGRATIONS, type Journey } from '@/domain'
import { migrateV2toV3 } from '@/domain/migrateV2'
import { deepFreeze, journeyData } from '../../fixtures/versions/load'
import { normalized, type Loose } from './support'

type Doc = Record<string, unknown>

/** A v2 moment as version 2 stored it. */
const v2Moment = (id: string, kind: unknown, emotion: unknown, more: Doc = {}): Doc => ({
  id,
  kind,
  text: `Moment ${id}`,
  emotion,
  aha: false,
  improvements: ['', ''],
  strengths: [],
  ...more,
})

/** A v2 activity. */
const v2Activity = (id: string, phaseId: string, laneId: string, more: Doc = {}): Doc => ({
  id,
  phaseId,
  laneId,
  title: `Stap ${id}`,
  description: '',
  touchpoints: [],
  moments: [],
  ...more,
})

/** The smallest whole v2 document around the given activities, lanes citizen/provider/user. */
const v2Doc = (activities: Doc[], more: Doc = {}): Doc => ({
  schemaVersion: 2,
  id: 'j',
  revision: 3,
  origin: { kind: 'new', importedAt: null, sourceTitle: '' },
  title: 'Hand-made v2',
  caseDescription: '',
  goal: '',
  central: { mode: 'personas', personas: [], generalNote: '' },
  lanes: [
    { id: 'c', kind: 'citizen', name: '', enabled: true },
    { id: 'p', kind: 'provider', name: '', enabled: true },
    { id: 'u', kind: 'user', name: 'Mantelzorger', enabled: true },
  ],
  phases: [
    { id: 'ph1', name: 'Een', description: '' },
    { id: 'ph2', name: 'Twee', description: '' },
  ],
  activities,
  insights: [],
  figures: [],
  quotes: [],
  images: [],
  lastStepId: 'moments',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
  ...more,
})

/** A v2 document with one activity holding the given moments. */
const withMoments = (...moments: Doc[]) => v2Doc([v2Activity('a1', 'ph1', 'c', { moments })])

const migrated = (doc: Doc): Loose => migrateV2toV3(doc)

describe('migrateV2toV3', () => {
  describe('emotion scores take the sign of the kind', () => {
    it.each<[string, unknown, unknown, number]>([
      ['a positive 0', 'positive', 0, 1],
      ['a positive 1', 'positive', 1, 1],
      ['a positive 2', 'positive', 2, 2],
      ['a positive −1', 'positive', -1, 1],
      ['a positive −2', 'positive', -2, 1],
      ['a positive 3 (clamped)', 'positive', 3, 2],
      ['a positive 1.7 (whole)', 'positive', 1.7, 1],
      ['a negative 0', 'negative', 0, -1],
      ['a negative +1', 'negative', 1, -1],
      ['a negative +2', 'negative', 2, -1],
      ['a negative −1', 'negative', -1, -1],
      ['a negative −2', 'negative', -2, -2],
      ['a negative −7 (clamped)', 'negative', -7, -2],
      ['a positive moment without score', 'positive', undefined, 1],
      ['a negative moment with a text score', 'negative', '2', -1],
      ['a moment without kind and +2', undefined, 2, 2],
      ['a moment without kind and −1', undefined, -1, -1],
      ['a moment without kind and 0', undefined, 0, -1],
      ['a moment of an unknown kind and +1', 'neutral', 1, 1],
    ])('%s becomes %s', (_name, kind, emotion, expected) => {
      const doc = migrated(withMoments(v2Moment('m1', kind, emotion)))
      expect(doc.activities[0].moments[0].emotion).toBe(expected)
    })

    it('keeps only id, text and the score of a moment: kind, aha and the aha-lists move out', () => {
      const doc = migrated(
        withMoments(v2Moment('m1', 'negative', -2, { aha: true, improvements: ['x', 'y'] })),
      )
      expect(doc.activities[0].moments[0]).toEqual({ id: 'm1', text: 'Moment m1', emotion: -2 })
    })

    it('gives every migrated score one the v3 schema accepts', () => {
      const kinds = ['positive', 'negative', undefined]
      const scores = [-9, -2, -1, -0.5, 0, 0.5, 1, 2, 9]
      const moments = kinds.flatMap((kind, k) => scores.map((s, i) => v2Moment(`m${k}-${i}`, kind, s)))
      const doc = migrated(withMoments(...moments))
      for (const m of doc.activities[0].moments) expect([-2, -1, 1, 2]).toContain(m.emotion)
    })
  })

  describe('the aha-exercise moves to journey.aha', () => {
    it.each<[string, Doc[], Doc]>([
      [
        'the two points of an aha-moment, tied to it',
        [v2Moment('m1', 'negative', -2, { aha: true, improvements: ['Sneller', 'Duidelijker'] })],
        {
          improvements: [
            { id: 'improvement-1', text: 'Sneller', momentId: 'm1' },
            { id: 'improvement-2', text: 'Duidelijker', momentId: 'm1' },
          ],
          strengths: [],
        },
      ],
      [
        'an aha-moment with only empty points as one empty point at it, and a free second slot',
        [v2Moment('m1', 'negative', -1, { aha: true, improvements: ['', '  '] })],
        {
          improvements: [
            { id: 'improvement-1', text: '', momentId: 'm1' },
            { id: 'improvement-2', text: '', momentId: null },
          ],
          strengths: [],
        },
      ],
      [
        'one filled point of an aha-moment, and a free second slot',
        [v2Moment('m1', 'negative', -1, { aha: true, improvements: ['', 'Minder papier'] })],
        {
          improvements: [
            { id: 'improvement-1', text: 'Minder papier', momentId: 'm1' },
            { id: 'improvement-2', text: '', momentId: null },
          ],
          strengths: [],
        },
      ],
      [
        'no aha-moment as two free slots; points of a moment that was no aha are not carried',
        [v2Moment('m1', 'positive', 1, { improvements: ['Niet aha', ''] })],
        {
          improvements: [
            { id: 'improvement-1', text: '', momentId: null },
            { id: 'improvement-2', text: '', momentId: null },
          ],
          strengths: [],
        },
      ],
      [
        'the strengths of every moment, with an empty role and without empty ones',
        [
          v2Moment('m1', 'positive', 2, { strengths: ['Vriendelijk', ' '] }),
          v2Moment('m2', 'negative', -2, { aha: true, improvements: ['A', 'B'], strengths: ['Snel'] }),
        ],
        {
          improvements: [
            { id: 'improvement-1', text: 'A', momentId: 'm2' },
            { id: 'improvement-2', text: 'B', momentId: 'm2' },
          ],
          strengths: [
            { id: 'strength-1', text: 'Vriendelijk', role: '', momentId: 'm1' },
            { id: 'strength-2', text: 'Snel', role: '', momentId: 'm2' },
          ],
        },
      ],
      [
        'the points of several aha-moments in document order',
        [
          v2Moment('m1', 'negative', -2, { aha: true, improvements: ['A', 'B'] }),
          v2Moment('m2', 'negative', -1, { aha: true, improvements: ['C', ''] }),
        ],
        {
          improvements: [
            { id: 'improvement-1', text: 'A', momentId: 'm1' },
            { id: 'improvement-2', text: 'B', momentId: 'm1' },
            { id: 'improvement-3', text: 'C', momentId: 'm2' },
          ],
          strengths: [],
        },
      ],
      [
        'points that are not texts as no points',
        [v2Moment('m1', 'negative', -1, { aha: true, improvements: [4, null], strengths: 'Snel' })],
        {
          improvements: [
            { id: 'improvement-1', text: '', momentId: 'm1' },
            { id: 'improvement-2', text: '', momentId: null },
          ],
          strengths: [],
        },
      ],
    ])('takes %s', (_name, moments, aha) => {
      expect(migrated(withMoments(...moments)).aha).toEqual(aha)
    })

    it('takes the frozen v2 fixture’s aha-moment with both points and its strength', () => {
      expect(migrated(journeyData(2)).aha).toEqual({
        improvements: [
          {
            id: 'improvement-1',
            text: 'Het inschrijvingsbewijs zelf opvragen bij de DIV',
            momentId: 'mom-02-citizen-1-1',
          },
          {
            id: 'improvement-2',
            text: 'Vooraf zeggen welke documenten je nodig hebt',
            momentId: 'mom-02-citizen-1-1',
          },
        ],
        strengths: [
          {
            id: 'strength-1',
            text: 'Aanmelden met itsme gaat vlot',
            role: '',
            momentId: 'mom-02-citizen-1-1',
          },
        ],
      })
    })

    it('keeps more than ten points of a v2 journey only up to the limit, and says so', () => {
      const moments = Array.from({ length: 6 }, (_, i) =>
        v2Moment(`m${i}`, 'negative', -2, { aha: true, improvements: [`P${i}a`, `P${i}b`] }),
      )
      const { journey, repairs } = normalized(withMoments(...moments))

      expect(journey.aha.improvements.map((p) => p.text)).toEqual([
        'P0a',
        'P0b',
        'P1a',
        'P1b',
        'P2a',
        'P2b',
        'P3a',
        'P3b',
        'P4a',
        'P4b',
      ])
      expect(repairs).toEqual([expect.objectContaining({ kind: 'listCut', max: 10 })])
    })
  })

  describe('steps of other lanes are placed beside the citizen’s', () => {
    it.each<[string, Doc[], Record<string, string | null>]>([
      [
        'by position within the phase, per lane; extra ones stand alone',
        [
          v2Activity('c1', 'ph1', 'c'),
          v2Activity('c2', 'ph1', 'c'),
          v2Activity('p1', 'ph1', 'p'),
          v2Activity('p2', 'ph1', 'p'),
          v2Activity('p3', 'ph1', 'p'),
          v2Activity('u1', 'ph1', 'u'),
        ],
        { c1: null, c2: null, p1: 'c1', p2: 'c2', p3: null, u1: 'c1' },
      ],
      [
        'in their own phase only',
        [
          v2Activity('c1', 'ph1', 'c'),
          v2Activity('p1', 'ph2', 'p'),
          v2Activity('c2', 'ph2', 'c'),
          v2Activity('p2', 'ph2', 'p'),
        ],
        { c1: null, p1: 'c2', c2: null, p2: null },
      ],
      [
        'not at all in a phase without citizen steps',
        [v2Activity('p1', 'ph2', 'p'), v2Activity('u1', 'ph2', 'u')],
        { p1: null, u1: null },
      ],
      [
        'the citizen’s own steps never beside anything, whatever they held',
        [v2Activity('c1', 'ph1', 'c', { besideId: 'c2' }), v2Activity('c2', 'ph1', 'c')],
        { c1: null, c2: null },
      ],
    ])('%s', (_name, activities, expected) => {
      const doc = migrated(v2Doc(activities))
      expect(Object.fromEntries(doc.activities.map((a: Doc) => [a.id, a.besideId]))).toEqual(expected)
      expect(journeySchema.safeParse(doc).error?.issues ?? []).toEqual([])
    })

    it('places the frozen fixture’s provider steps beside the citizen step of their phase', () => {
      const doc = migrated(journeyData(2))
      expect(doc.activities.map((a: Doc) => [a.id, a.besideId])).toEqual([
        ['act-01-citizen-1', null],
        ['act-02-citizen-1', null],
        ['act-02-provider-1', 'act-02-citizen-1'],
        ['act-03-citizen-1', null],
        ['act-03-provider-1', 'act-03-citizen-1'],
      ])
    })

    it('gives every step no hand-off', () => {
      const doc = migrated(journeyData(2))
      expect(doc.activities.map((a: Doc) => a.handoff)).toEqual([null, null, null, null, null])
    })
  })

  describe('touchpoints', () => {
    it.each<[string, string, string]>([
      ['phone', 'physical', 'phone'],
      ['phone', 'digital', 'phone'],
      ['counter', 'physical', 'physical'],
      ['other', 'digital', 'digital'],
      ['website', 'digital', 'digital'],
    ])('a %s touchpoint that was %s becomes %s', (channel, mode, expected) => {
      const doc = migrated(
        v2Doc([v2Activity('a1', 'ph1', 'c', { touchpoints: [{ id: 't', channel, label: 'L', mode }] })]),
      )
      expect(doc.activities[0].touchpoints[0]).toEqual({ id: 't', channel, label: 'L', mode: expected })
    })
  })

  describe('the rest of the journey', () => {
    it.each<[string, unknown, unknown]>([
      ['personas', { mode: 'personas', personas: [], generalNote: '' }, 'persona'],
      ['general', { mode: 'general', personas: [], generalNote: 'Uniform' }, 'general'],
      ['missing', { personas: [], generalNote: '' }, 'persona'],
      ['nonsense', { mode: 42, personas: [], generalNote: '' }, 'persona'],
      ['of a journey without central', undefined, 'persona'],
    ])('central.mode %s becomes %s', (_name, central, expected) => {
      expect(migrated(v2Doc([], { central })).central.mode).toBe(expected)
    })

    it('keeps the rest of central as it was', () => {
      const central = {
        mode: 'general',
        personas: [{ id: 'x', name: 'A', description: '', needs: '' }],
        generalNote: 'U',
      }
      expect(migrated(v2Doc([], { central })).central).toEqual(central)
    })

    it('gives every insight no point to improve, and keeps the rest', () => {
      const insights = [{ id: 's1', kind: 'need', momentId: 'm1', text: 'Weten waar ik sta' }]
      const doc = migrated({ ...withMoments(v2Moment('m1', 'negative', -1)), insights })
      expect(doc.insights).toEqual([{ ...insights[0], improvementId: null }])
    })

    it('sets the version and keeps the stamps, revision and origin', () => {
      const doc = migrated(journeyData(2))
      const v2 = journeyData(2)
      expect(doc.schemaVersion).toBe(3)
      for (const key of [
        'id',
        'revision',
        'origin',
        'title',
        'createdAt',
        'updatedAt',
        'lanes',
        'phases',
        'figures',
      ])
        expect(doc[key], key).toEqual(v2[key])
    })

    it('is the step MIGRATIONS runs from version 2', () => {
      const step = MIGRATIONS.find((m) => m.from === 2)
      expect(step?.migrate(journeyData(2))).toEqual({ ok: true, doc: migrateV2toV3(journeyData(2)) })
      expect(migrate(journeyData(2))).toEqual({ ok: true, doc: migrateV2toV3(journeyData(2)), from: 2 })
    })
  })

  describe('its input', () => {
    it.each<[string, () => Doc]>([
      ['the frozen v2 fixture', () => journeyData(2)],
      [
        'a hand-made v2 document with every case',
        () =>
          v2Doc([
            v2Activity('c1', 'ph1', 'c', {
              touchpoints: [{ id: 't', channel: 'phone', label: 'Bel', mode: 'physical' }],
              moments: [
                v2Moment('m1', 'negative', 1, { aha: true, improvements: ['A', ''], strengths: ['S'] }),
              ],
            }),
            v2Activity('p1', 'ph1', 'p'),
          ]),
      ],
    ])('is never changed: %s', (_name, make) => {
      const frozen = deepFreeze(make())
      expect(() => migrateV2toV3(frozen)).not.toThrow()
      expect(frozen).toEqual(make())
      expect(migrateV2toV3(frozen)).not.toBe(frozen)
    })

    it.each<[string, Doc]>([
      ['activities that are not a list', v2Doc([], { activities: 'none' })],
      ['an activity that is not an object', v2Doc([null as unknown as Doc, 7 as unknown as Doc])],
      ['moments that are not a list', v2Doc([v2Activity('a', 'ph1', 'c', { moments: {} })])],
      ['no lanes', v2Doc([v2Activity('a', 'ph1', 'c')], { lanes: undefined })],
      ['insights that are not a list', v2Doc([], { insights: 5 })],
    ])('may be broken without the step throwing: %s', (_name, doc) => {
      expect(() => migrateV2toV3(deepFreeze(doc))).not.toThrow()
    })

    it('comes out of the reader as a valid journey, nothing repaired', () => {
      const doc = v2Doc([
        v2Activity('c1', 'ph1', 'c', {
          touchpoints: [{ id: 't', channel: 'phone', label: 'Bel', mode: 'physical' }],
          moments: [v2Moment('m1', 'negative', 0, { aha: true, improvements: ['A', 'B'], strengths: ['S'] })],
        }),
        v2Activity('p1', 'ph1', 'p', { moments: [v2Moment('m2', 'positive', -1)] }),
        v2Activity('u1', 'ph2', 'u'),
      ])
      const { journey, repairs, migratedFrom } = normalized(doc)

      expect(repairs).toEqual([])
      expect(migratedFrom).toBe(2)
      expect(journey.activities.map((a) => a.besideId)).toEqual([null, 'c1', null])
      expect(journey.activities.flatMap((a) => a.moments.map((m) => m.emotion))).toEqual([-1, 1])
      expect(journey.activities[0]?.touchpoints[0]).toMatchObject({ mode: 'phone', exclusion: '' })
      expect<Journey['central']['mode']>(journey.central.mode).toBe('persona')
    })
  })
})
