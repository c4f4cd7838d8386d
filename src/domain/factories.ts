import { CHANNEL_DEFAULT_MODE, type Channel, type EmotionScore } from './catalogue'
import { newId } from './ids'
import { SCHEMA_VERSION } from './version'
import type {
  Action,
  Activity,
  Evidence,
  Figure,
  Improvement,
  Insight,
  Journey,
  JourneyImage,
  Lane,
  Moment,
  Origin,
  Persona,
  Phase,
  Quote,
  Strength,
  Touchpoint,
} from './schema'

/** A new, empty journey: the citizen lane and (on by default) the service provider's lane. */
export function createJourney(now: Date = new Date()): Journey {
  const stamp = now.toISOString()
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    revision: 0,
    origin: createOrigin(),
    title: '',
    caseDescription: '',
    goal: '',
    central: { mode: 'persona', personas: [createPersona()], generalNote: '' },
    lanes: [createLane('citizen'), createLane('provider')],
    phases: [],
    activities: [],
    aha: { improvements: [createImprovement(), createImprovement()], strengths: [] },
    insights: [],
    figures: [],
    quotes: [],
    images: [],
    remarks: [],
    versions: [],
    reviewOn: '',
    link: null,
    lastStepId: 'goal',
    createdAt: stamp,
    updatedAt: stamp,
  }
}

/** A draft started from scratch; importing or duplicating replaces this with where it came from. */
export const createOrigin = (): Origin => ({ kind: 'new', importedAt: null, sourceTitle: '' })
export const createEvidence = (): Evidence => ({ kind: 'none', source: '' })
export const createAction = (): Action => ({
  owner: '',
  nextStep: '',
  status: 'open',
  impact: 'unset',
  effort: 'unset',
  due: '',
})

export const createLane = (kind: Lane['kind'], name = ''): Lane => ({
  id: newId(),
  kind,
  name,
  enabled: true,
})
export const createPersona = (): Persona => ({ id: newId(), name: '', description: '', needs: '' })
export const createPhase = (name = ''): Phase => ({ id: newId(), name, description: '' })

export const createActivity = (
  phaseId: string,
  laneId: string,
  besideId: string | null = null,
): Activity => ({
  id: newId(),
  phaseId,
  laneId,
  title: '',
  description: '',
  besideId,
  handoff: null,
  touchpoints: [],
  moments: [],
  evidence: createEvidence(),
})

export const createTouchpoint = (channel: Channel = 'website'): Touchpoint => ({
  id: newId(),
  channel,
  label: '',
  mode: CHANNEL_DEFAULT_MODE[channel],
  exclusion: '',
})

export const createMoment = (emotion: EmotionScore): Moment => ({
  id: newId(),
  text: '',
  emotion,
  evidence: createEvidence(),
})

export const createImprovement = (momentId: string | null = null, text = ''): Improvement => ({
  id: newId(),
  text,
  momentId,
})
export const createStrength = (momentId: string | null = null): Strength => ({
  id: newId(),
  text: '',
  role: '',
  momentId,
})

export const createInsight = (
  kind: Insight['kind'],
  momentId: string,
  from: { improvementId?: string | null; text?: string } = {},
): Insight => ({
  id: newId(),
  kind,
  momentId,
  improvementId: from.improvementId ?? null,
  text: from.text ?? '',
  evidence: createEvidence(),
  action: createAction(),
})

export const createFigure = (): Figure => ({
  id: newId(),
  label: '',
  value: '',
  unit: '',
  phaseId: null,
  evidence: createEvidence(),
})
export const createQuote = (): Quote => ({ id: newId(), text: '', role: '', phaseId: null })

export const createImage = (
  image: Pick<JourneyImage, 'dataUrl' | 'width' | 'height'> & Partial<JourneyImage>,
): JourneyImage => ({ id: newId(), caption: '', alt: '', phaseId: null, ...image })
