import { describe, expect, it } from 'vitest'
import {
  CHANNEL_DEFAULT_MODE,
  CHANNELS,
  createImage,
  createLane,
  createTouchpoint,
  journeySchema,
  momentKind,
  SCHEMA_VERSION,
  type Journey,
} from '@/domain'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { currentJourney, edited, issuesOf, PNG, type Loose } from './support'

describe('schema', () => {
  describe('journeySchema', () => {
    it('accepts a complete journey unchanged', () => {
      const journey = makeJourney()
      const result = journeySchema.safeParse(journey)
      expect(result.success).toBe(true)
      expect(result.data).toEqual(journey)
    })

    it('accepts a new, empty journey', () => {
      expect(issuesOf(makeEmptyJourney())).toEqual([])
    })

    it('accepts the frozen current journey and keeps every field it has as it is', () => {
      const frozen = currentJourney()
      const parsed = journeySchema.parse(frozen)
      for (const key of Object.keys(frozen) as (keyof Journey)[])
        expect(parsed[key], key).toStrictEqual(frozen[key])
    })

    it('fills the defaults an older or hand-made document lacks', () => {
      const journey = makeJourney()
      const raw: Loose = { ...journey }
      for (const key of [
        'figures',
        'quotes',
        'images',
        'insights',
        'lastStepId',
        'central',
        'phases',
        'aha',
        'goal',
      ])
        delete raw[key]
      // Without phases the activities would point nowhere; an empty document keeps only what it must.
      raw.activities = []

      const parsed = journeySchema.parse(raw)

      expect(parsed.figures).toEqual([])
      expect(parsed.quotes).toEqual([])
      expect(parsed.images).toEqual([])
      expect(parsed.insights).toEqual([])
      expect(parsed.phases).toEqual([])
      expect(parsed.goal).toBe('')
      expect(parsed.lastStepId).toBe('goal')
      expect(parsed.central).toEqual({ mode: 'persona', personas: [], generalNote: '' })
      expect(parsed.aha).toEqual({ improvements: [], strengths: [] })
      expect(parsed.title).toBe(journey.title)
    })

    it('fills the defaults of a lane, an activity, a touchpoint, a moment, an insight and a figure', () => {
      const journey = makeJourney()
      const activity = journey.activities[0]!
      const raw = {
        ...journey,
        lanes: journey.lanes.map(({ id, kind }) => ({ id, kind })),
        activities: [
          {
            id: activity.id,
            phaseId: activity.phaseId,
            laneId: activity.laneId,
            touchpoints: [{ id: 't1', channel: 'phone', mode: 'phone' }],
            moments: [{ id: 'm1', emotion: -1 }],
          },
        ],
        aha: { improvements: [{ id: 'i1' }], strengths: [{ id: 's1' }] },
        insights: [{ id: 'n1', kind: 'need', momentId: 'm1' }],
        figures: [{ id: 'f1' }],
        quotes: [{ id: 'q1' }],
      }

      const parsed = journeySchema.parse(raw)

      expect(parsed.lanes.every((l) => l.enabled && l.name === '')).toBe(true)
      expect(parsed.activities[0]).toEqual({
        id: activity.id,
        phaseId: activity.phaseId,
        laneId: activity.laneId,
        title: '',
        description: '',
        besideId: null,
        handoff: null,
        touchpoints: [{ id: 't1', channel: 'phone', label: '', mode: 'phone', exclusion: '' }],
        moments: [{ id: 'm1', text: '', emotion: -1, evidence: { kind: 'none', source: '' } }],
        evidence: { kind: 'none', source: '' },
      })
      expect(parsed.aha).toEqual({
        improvements: [{ id: 'i1', text: '', momentId: null }],
        strengths: [{ id: 's1', text: '', role: '', momentId: null }],
      })
      expect(parsed.insights[0]).toEqual({
        id: 'n1',
        kind: 'need',
        momentId: 'm1',
        improvementId: null,
        text: '',
        evidence: { kind: 'none', source: '' },
        action: { owner: '', nextStep: '', status: 'open', impact: 'unset', effort: 'unset', due: '' },
      })
      expect(parsed.figures[0]).toEqual({
        id: 'f1',
        label: '',
        value: '',
        unit: '',
        phaseId: null,
        evidence: { kind: 'none', source: '' },
      })
      expect(parsed.quotes[0]).toEqual({ id: 'q1', text: '', role: '', phaseId: null })
    })

    it('drops keys it does not know, among them version 2’s kind and aha of a moment', () => {
      const journey = makeJourney()
      const raw: Loose = structuredClone(journey)
      Object.assign(raw.activities[0].moments[0], { kind: 'positive', aha: false, improvements: ['', ''] })
      raw.unknown = 1

      expect(journeySchema.parse(raw)).toEqual(journey)
    })

    it.each<[string, (j: Loose) => void, string]>([
      ['a newer schema version', (j) => (j.schemaVersion = SCHEMA_VERSION + 1), 'schemaVersion'],
      ['no revision', (j) => delete j.revision, 'revision'],
      ['a revision of 1.5', (j) => (j.revision = 1.5), 'revision'],
      ['no origin', (j) => delete j.origin, 'origin'],
      [
        'an unknown channel',
        (j) => (j.activities[0].touchpoints[0].channel = 'fax'),
        'activities.0.touchpoints.0.channel',
      ],
      [
        'a touchpoint without mode',
        (j) => delete j.activities[0].touchpoints[0].mode,
        'activities.0.touchpoints.0.mode',
      ],
      [
        'a touchpoint mode "video"',
        (j) => (j.activities[0].touchpoints[0].mode = 'video'),
        'activities.0.touchpoints.0.mode',
      ],
      ['an emotion of 0', (j) => (j.activities[0].moments[0].emotion = 0), 'activities.0.moments.0.emotion'],
      ['an emotion of 3', (j) => (j.activities[0].moments[0].emotion = 3), 'activities.0.moments.0.emotion'],
      [
        'an emotion of 1.5',
        (j) => (j.activities[0].moments[0].emotion = 1.5),
        'activities.0.moments.0.emotion',
      ],
      [
        'a moment without emotion',
        (j) => delete j.activities[0].moments[0].emotion,
        'activities.0.moments.0.emotion',
      ],
      [
        'central.mode "personas" (version 2’s spelling)',
        (j) => (j.central.mode = 'personas'),
        'central.mode',
      ],
      [
        'an unknown evidence kind',
        (j) => (j.activities[0].evidence.kind = 'hearsay'),
        'activities.0.evidence.kind',
      ],
      ['a due date in words', (j) => (j.insights[0].action.due = '15 maart'), 'insights.0.action.due'],
      [
        'an unknown action status',
        (j) => (j.insights[0].action.status = 'later'),
        'insights.0.action.status',
      ],
      ['a creation date that is not ISO', (j) => (j.createdAt = '4 maart 2024'), 'createdAt'],
      ['no lanes at all', (j) => ((j.lanes = []), (j.activities = []), (j.insights = [])), 'lanes'],
      [
        'nine lanes',
        (j) => j.lanes.push(...Array.from({ length: 7 }, (_, i) => createLane('user', `U${i}`))),
        'lanes',
      ],
      ['a title of 161 characters', (j) => (j.title = 'x'.repeat(161)), 'title'],
      ['an empty id', (j) => (j.id = ''), 'id'],
    ])('rejects %s', (_name, change, path) => {
      const issues = issuesOf(edited<Loose>(makeJourney(), change))
      expect(issues.some((i) => i.startsWith(`${path}:`))).toBe(true)
    })

    it('reads a hand-off without a destination as one to be named', () => {
      const raw: Loose = makeJourney()
      raw.activities[0].handoff = {}
      expect(journeySchema.parse(raw).activities[0]?.handoff).toEqual({ to: '' })
    })

    it.each<[string, (j: Journey) => void, string]>([
      [
        'an activity pointing at a missing phase',
        (j) => (j.activities[1]!.phaseId = 'gone'),
        'activities.1.phaseId: errors.integrity.phase',
      ],
      [
        'an activity pointing at a missing lane',
        (j) => (j.activities[1]!.laneId = 'gone'),
        'activities.1.laneId: errors.integrity.lane',
      ],
      [
        'a step beside a step that does not exist',
        (j) => (j.activities[3]!.besideId = 'gone'),
        'activities.3.besideId: errors.integrity.beside',
      ],
      [
        'a step beside a citizen step of another phase',
        (j) => (j.activities[3]!.besideId = j.activities[0]!.id),
        'activities.3.besideId: errors.integrity.beside',
      ],
      [
        'a step beside a provider step',
        (j) => (j.activities[3]!.besideId = j.activities[1]!.id),
        'activities.3.besideId: errors.integrity.beside',
      ],
      [
        'a citizen step beside another citizen step',
        (j) => (j.activities[2]!.besideId = j.activities[0]!.id),
        'activities.2.besideId: errors.integrity.beside',
      ],
      [
        'an insight pointing at a missing moment',
        (j) => (j.insights[1]!.momentId = 'gone'),
        'insights.1.momentId: errors.integrity.moment',
      ],
      [
        'an insight from a missing point to improve',
        (j) => (j.insights[1]!.improvementId = 'gone'),
        'insights.1.improvementId: errors.integrity.improvement',
      ],
      [
        'a point to improve at a missing moment',
        (j) => (j.aha.improvements[1]!.momentId = 'gone'),
        'aha.improvements.1.momentId: errors.integrity.moment',
      ],
      [
        'a strong point at a missing moment',
        (j) => (j.aha.strengths[0]!.momentId = 'gone'),
        'aha.strengths.0.momentId: errors.integrity.moment',
      ],
      [
        'two citizen lanes',
        (j) => j.lanes.push(createLane('citizen', 'Partner')),
        'lanes: errors.integrity.citizenLane',
      ],
      [
        'no citizen lane',
        (j) => (
          (j.lanes = j.lanes.filter((l) => l.kind !== 'citizen')),
          (j.activities = []),
          (j.insights = []),
          (j.aha.improvements = []),
          (j.aha.strengths = [])
        ),
        'lanes: errors.integrity.citizenLane',
      ],
      [
        'two provider lanes',
        (j) => j.lanes.push(createLane('provider', 'OCMW')),
        'lanes: errors.integrity.providerLane',
      ],
      [
        'two activities with one id',
        (j) => (j.activities[4]!.id = j.activities[0]!.id),
        'activities.4.id: errors.integrity.duplicateId',
      ],
      [
        'two moments with one id, in different activities',
        (j) => (j.activities[4]!.moments[0]!.id = j.activities[0]!.moments[0]!.id),
        'activities.4.moments.0.id: errors.integrity.duplicateId',
      ],
      [
        'two phases with one id',
        (j) => j.phases.push({ ...j.phases[0]! }),
        'phases.3.id: errors.integrity.duplicateId',
      ],
      [
        'a quote in a missing phase',
        (j) => (j.quotes[0]!.phaseId = 'gone'),
        'quotes.0.phaseId: errors.integrity.phase',
      ],
      [
        'a figure in a missing phase',
        (j) => (j.figures[0]!.phaseId = 'gone'),
        'figures.0.phaseId: errors.integrity.phase',
      ],
    ])('rejects %s (integrity)', (_name, change, issue) => {
      expect(issuesOf(edited(makeJourney(), change))).toEqual([issue])
    })

    it('accepts a provider step beside the citizen step of its own phase', () => {
      expect(
        issuesOf(edited(makeJourney(), (j) => (j.activities[3]!.besideId = j.activities[2]!.id))),
      ).toEqual([])
    })

    it('accepts an extra user’s step beside the citizen step of its phase', () => {
      const journey = makeJourney()
      const user = createLane('user', 'Mantelzorger')
      journey.lanes.push(user)
      journey.activities.push({
        ...journey.activities[3]!,
        id: 'u1',
        laneId: user.id,
        besideId: journey.activities[2]!.id,
      })
      expect(issuesOf(journey)).toEqual([])
    })

    it('accepts extra lanes for other users next to the citizen and provider lanes', () => {
      const journey = makeJourney()
      journey.lanes.push(createLane('user', 'Mantelzorger'), createLane('user', 'Huisarts'))
      expect(issuesOf(journey)).toEqual([])
    })

    describe('image dataUrl', () => {
      const withImage = (dataUrl: string) =>
        makeJourney({ images: [createImage({ dataUrl, width: 1, height: 1, alt: 'Wachtzaal' })] })

      it.each([PNG, 'data:image/jpeg;base64,/9j/4AAQSkZJRg==', 'data:image/webp;base64,UklGRg=='])(
        'accepts the data URL %s',
        (dataUrl) => {
          expect(issuesOf(withImage(dataUrl))).toEqual([])
        },
      )

      it.each([
        'https://example.org/x.png',
        'javascript:alert(1)',
        'data:text/html;base64,PHNjcmlwdD4=',
        'data:image/svg+xml;base64,PHN2Zz4=',
        `${PNG}"><script>`,
      ])('rejects %s', (dataUrl) => {
        expect(issuesOf(withImage(dataUrl))).toEqual([expect.stringMatching(/^images\.0\.dataUrl: /)])
      })
    })
  })

  describe('momentKind', () => {
    it.each<[number, string]>([
      [-2, 'negative'],
      [-1, 'negative'],
      [1, 'positive'],
      [2, 'positive'],
    ])('of %i is %s', (emotion, kind) => {
      expect(momentKind(emotion)).toBe(kind)
    })
  })

  describe('touchpoint modes', () => {
    it.each(CHANNELS)('a new %s touchpoint takes the usual mode of its channel', (channel) => {
      expect(createTouchpoint(channel).mode).toBe(CHANNEL_DEFAULT_MODE[channel])
    })

    it('gives the phone a mode of its own', () => {
      expect(CHANNEL_DEFAULT_MODE.phone).toBe('phone')
      expect(CHANNEL_DEFAULT_MODE.counter).toBe('physical')
      expect(CHANNEL_DEFAULT_MODE.burgerprofiel).toBe('digital')
    })
  })
})
