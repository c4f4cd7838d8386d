import type { MapModel } from './map/mapModel'
import type { Journey } from './schema'

/**
 * What the map says without research behind it: every activity, moment, need, opportunity and figure whose
 * evidence is "an assumption". Listed on the summary sheet ("Wat we nog niet weten") by the step of the
 * journey it belongs to, and counted on the check page, so the team knows what to go and find out.
 */
export type AssumptionItem =
  | { kind: 'step'; text: string }
  | { kind: 'moment'; n: number; text: string }
  | { kind: 'need' | 'opportunity'; n: number; text: string }

export interface AssumptionGroup {
  /** The step's column number on the map, or null for the figures of a phase or the whole journey. */
  step: number | null
  title: string
  items: AssumptionItem[]
}

/** The assumptions of a journey, by the step of the map they stand at; figures come last. */
export function assumptionsOf(journey: Journey, model: MapModel): AssumptionGroup[] {
  const groups: AssumptionGroup[] = []
  for (const column of model.columns) {
    for (const step of Object.values(column.cells).flat()) {
      const items: AssumptionItem[] = []
      if (step.evidence.kind === 'assumption') items.push({ kind: 'step', text: step.title })
      for (const m of step.moments)
        if (m.evidence.kind === 'assumption') items.push({ kind: 'moment', n: m.n, text: m.text })
      for (const m of step.moments)
        for (const s of m.insights)
          if (s.evidence.kind === 'assumption') items.push({ kind: s.kind, n: s.n, text: s.text })
      if (items.length) groups.push({ step: column.number, title: step.title, items })
    }
  }
  const figures = journey.figures.filter((f) => f.evidence.kind === 'assumption')
  if (figures.length)
    groups.push({
      step: null,
      title: '',
      items: figures.map((f) => ({
        kind: 'step',
        text: [f.label, [f.value, f.unit].filter(Boolean).join(' ')].filter(Boolean).join(': '),
      })),
    })
  return groups
}

/** How many items rest on an assumption only (for the check page), and how many say where they come from. */
export function evidenceCounts(journey: Journey): { assumptions: number; backed: number; unknown: number } {
  const items = [
    ...journey.activities.map((a) => a.evidence),
    ...journey.activities.flatMap((a) => a.moments.map((m) => m.evidence)),
    ...journey.insights.map((s) => s.evidence),
    ...journey.figures.map((f) => f.evidence),
  ]
  return {
    assumptions: items.filter((e) => e.kind === 'assumption').length,
    backed: items.filter((e) => e.kind !== 'assumption' && e.kind !== 'none').length,
    unknown: items.filter((e) => e.kind === 'none').length,
  }
}
