import type { ActionItem, Channel, EvidenceKind, Journey, LaneKind, MapModel, TouchpointMode } from '@/domain'
import type { ActionTableLabels } from '../actionTable'

/** An image ready for Word: PNG or JPEG bytes (Word reads no WebP) and its size in pixels. */
export interface ReportImage {
  data: Uint8Array
  type: 'png' | 'jpg'
  width: number
  height: number
}

/** One page of the poster as a picture, with what it shows ("Blad 1 van 3 – Fase 1–2 van 5"). */
export interface ReportPage extends ReportImage {
  label: string
}

/** Everything the report says that the user did not write, already translated; formatted ones are functions. */
export interface ReportLabels {
  table: ActionTableLabels
  untitled: string
  /** "Verslag van een klantreis, gemaakt op 3 maart 2026 met Klantreis." */
  subtitle: string
  changed: string
  summary: string
  goal: string
  case: string
  central: string
  general: string
  personaNeeds: string
  lanes: string
  laneKinds: Record<LaneKind, string>
  laneOf: (name: string, kind: string) => string
  counts: (phases: number, steps: number, positive: number, negative: number) => string
  review: string
  version: (name: string, at: string) => string
  versions: (n: number) => string
  reviewOn: (date: string) => string
  remarks: (total: number, open: number) => string
  journey: string
  phase: (n: number, name: string) => string
  step: (n: number, title: string) => string
  noSteps: string
  touchpoints: string
  touchpoint: (channel: string, mode: string) => string
  channels: Record<Channel, string>
  modes: Record<TouchpointMode, string>
  exclusion: (who: string) => string
  handoffTo: (to: string) => string
  moments: string
  moment: (n: number, emotion: string, text: string) => string
  emotion: Record<string, string>
  evidenceKinds: Record<EvidenceKind, string>
  evidence: (kind: string, source: string) => string
  aha: string
  improvements: string
  strengths: string
  strengthBy: (role: string) => string
  atMoment: (n: number) => string
  needs: string
  needN: (n: number) => string
  needColumns: { n: string; text: string; moment: string; evidence: string }
  opportunities: string
  opportunitiesIntro: string
  /** Where an opportunity comes from: "Moment 4: …", "Burger, stap: …", "Fase 2: …". */
  row: {
    moment: (n: number, text: string) => string
    where: (lane: string, step: string) => string
    phase: (n: number, name: string) => string
  }
  figures: string
  figureColumns: { label: string; value: string; phase: string; evidence: string }
  wholeJourney: string
  quotes: string
  quoteBy: (role: string) => string
  quotePhase: (name: string) => string
  images: string
  imageNoAlt: string
  map: string
  mapIntro: string
  mapPage: (label: string) => string
  none: string
  /** A date (ISO) in words, "3 maart 2026". */
  date: (iso: string) => string
}

export interface ReportInput {
  journey: Journey
  model: MapModel
  /** The opportunities in the order of the action list. */
  items: readonly ActionItem[]
  labels: ReportLabels
  laneName: (laneId: string) => string
  /** The language of the labels, e.g. 'nl-BE': Word's spelling check and screen readers use it. */
  lang: string
  /** The journey's images by id, as PNG or JPEG; one missing here is left out. */
  images: ReadonlyMap<string, ReportImage>
  /** The poster's pages as pictures, in order. */
  pages: readonly ReportPage[]
}
