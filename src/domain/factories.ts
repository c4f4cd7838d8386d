import { CHANNEL_DEFAULT_MODE, type Channel } from './catalogue'
import { newId } from './ids'
import {
  SCHEMA_VERSION,
  type Activity,
  type Figure,
  type Insight,
  type Journey,
  type JourneyImage,
  type Lane,
  type Moment,
  type Origin,
  type Persona,
  type Phase,
  type Quote,
  type Touchpoint,
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
    central: { mode: 'personas', personas: [], generalNote: '' },
    lanes: [createLane('citizen'), createLane('provider')],
    phases: [],
    activities: [],
    insights: [],
    figures: [],
    quotes: [],
    images: [],
    lastStepId: 'goal',
    createdAt: stamp,
    updatedAt: stamp,
  }
}

/** A draft started from scratch; importing or duplicating replaces this with where it came from. */
export const createOrigin = (): Origin => ({ kind: 'new', importedAt: null, sourceTitle: '' })

export const createLane = (kind: Lane['kind'], name = ''): Lane => ({
  id: newId(),
  kind,
  name,
  enabled: true,
})
export const createPersona = (): Persona => ({ id: newId(), name: '', description: '', needs: '' })
export const createPhase = (name = ''): Phase => ({ id: newId(), name, description: '' })

export const createActivity = (phaseId: string, laneId: string): Activity => ({
  id: newId(),
  phaseId,
  laneId,
  title: '',
  description: '',
  touchpoints: [],
  moments: [],
})

export const createTouchpoint = (channel: Channel = 'website'): Touchpoint => ({
  id: newId(),
  channel,
  label: '',
  mode: CHANNEL_DEFAULT_MODE[channel],
})

export const createMoment = (kind: Moment['kind']): Moment => ({
  id: newId(),
  kind,
  text: '',
  emotion: kind === 'positive' ? 1 : -1,
  aha: false,
  improvements: ['', ''],
  strengths: [],
})

export const createInsight = (kind: Insight['kind'], momentId: string): Insight => ({
  id: newId(),
  kind,
  momentId,
  text: '',
})

export const createFigure = (): Figure => ({ id: newId(), label: '', value: '', unit: '', phaseId: null })
export const createQuote = (): Quote => ({ id: newId(), text: '', role: '', phaseId: null })

export const createImage = (
  image: Pick<JourneyImage, 'dataUrl' | 'width' | 'height'> & Partial<JourneyImage>,
): JourneyImage => ({ id: newId(), caption: '', alt: '', phaseId: null, ...image })
