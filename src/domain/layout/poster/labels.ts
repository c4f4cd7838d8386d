import type { Channel, EvidenceKind, LaneKind, TouchpointMode } from '../../catalogue'
import type { Action } from '../../schema'

/**
 * Every word the poster adds around the user's own, already translated (the UI builds this from its
 * messages), so the layout stays free of any language.
 */
export interface PosterLabels {
  untitled: string
  goal: string
  case: string
  central: string
  general: string
  personaNeeds: string
  lanes: Record<LaneKind, string>
  channels: Record<Channel, string>
  modes: Record<TouchpointMode, string>
  evidence: Record<EvidenceKind, string>
  status: Record<Action['status'], string>
  level: Record<Action['impact'], string>
  /** "Fase 1–3 van 9", "Fase 4 van 9". */
  phases: (from: number, to: number, count: number) => string
  /** "Blad 2 van 4". */
  sheet: (n: number, count: number) => string
  /** "Pagina 3 van 7", in every footer. */
  page: (n: number, count: number) => string
  /** "Laatst gewijzigd op 3 maart 2026". */
  changed: string
  steps: string
  stepN: (n: number) => string
  momentN: (n: number) => string
  needN: (n: number) => string
  opportunityN: (n: number) => string
  fromMoment: (n: number) => string
  feelingOf: (lane: string) => string
  positive: string
  negative: string
  aha: string
  improvementN: (n: number) => string
  strength: string
  strengthBy: (role: string) => string
  handoffTo: (to: string) => string
  exclusion: (who: string) => string
  assumption: string
  insights: string
  extra: string
  legendTitle: string
  legend: {
    positive: string
    negative: string
    aha: string
    strength: string
    handoff: string
    assumption: string
    curve: string
  }
  /** The mark at a text cut short on the map: "zie A3". */
  seeAppendix: (ref: string) => string
  appendixTitle: string
  /** The page of the journey's figures, quotes and images that belong to no phase. */
  generalExtra: string
  /** In a sheet's extras row when its figures, quotes and images moved to the pages after the sheets. */
  extraElsewhere: string
  appendixIntro: string
  /** "Stap 4, Inwoner: …" in the appendix. */
  appendixItem: (step: number, lane: string, title: string) => string
  moreMoments: (n: number) => string
  summary: {
    title: string
    curve: string
    aha: string
    improvements: string
    strengths: string
    needs: string
    opportunities: string
    counts: (phases: number, steps: number, lanes: number, handoffs: number) => string
    moments: (positive: number, negative: number) => string
    unknowns: string
    noUnknowns: string
    /** "Stap 4 – Aanvraag indienen" above the assumptions of one step. */
    unknownStep: (n: number, title: string) => string
    /** "De stap zelf" for the step's own assumption; figures are listed under `unknownFigures`. */
    unknownItself: string
    unknownFigures: string
  }
  /** "Door 2 collega’s nagekeken" under a step, after a review round. */
  checked: (n: number) => string
  unchecked: string
  /** The desired (to-be) journey beside the current one: both curves, and the difference on the summary. */
  compare: {
    current: string
    desired: string
    title: string
    /** "Negatieve momenten: 12 nu, 4 gewenst". */
    negative: (current: number, desired: number) => string
    /** "Gemiddeld gevoel: −0,4 nu, +1,1 gewenst". */
    average: (current: string, desired: string) => string
    /** "Fase 2, Aanvraag: −1 → +1". */
    phase: (n: number, name: string, current: string, desired: string) => string
  }
  actions: {
    title: string
    intro: string
    owner: string
    status: string
    priority: string
    due: string
    next: string
    none: string
    /** Column headings: the opportunity itself, and the moment, step, phase and lane it comes from. */
    opportunity: string
    from: string
    /** "Fase 2: Aanvraag". */
    phaseN: (n: number, name: string) => string
    /** "Effect: groot", "Moeite: klein". */
    impactIs: (level: string) => string
    effortIs: (level: string) => string
    /** After the title on the pages that continue the list. */
    continued: string
  }
}
