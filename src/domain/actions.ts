import { ACTION_STATUSES, PRIORITY_LEVELS } from './catalogue'
import type { MapModel } from './map/mapModel'
import type { Action, Evidence, Journey } from './schema'

type Level = (typeof PRIORITY_LEVELS)[number]
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/**
 * One opportunity as the action list shows it: what it says, what it is to be done about it, and where on
 * the map it comes from (its moment, the step of that moment, the phase and the lane).
 */
export interface ActionItem {
  id: string
  /** Its index in `journey.insights`: the form path of its fields (`insights[3].action.owner`). */
  index: number
  /** "Opportuniteit 2": numbered as on the map. */
  n: number
  text: string
  evidence: Evidence
  action: Action
  momentN: number
  momentText: string
  emotion: number
  stepTitle: string
  /** 1-based, as the map numbers its phases. */
  phaseNumber: number
  phaseName: string
  laneId: string
}

/**
 * The opportunities of a journey in the order of the map. Those whose moment is not on the map (a lane
 * switched off) are left out, as the map leaves them out.
 */
export function actionItems(journey: Journey, model: MapModel): ActionItem[] {
  const index = new Map(journey.insights.map((s, i) => [s.id, i]))
  const where = new Map<
    string,
    { text: string; emotion: number; step: string; phase: number; lane: string }
  >()
  for (const column of model.columns)
    for (const steps of Object.values(column.cells))
      for (const step of steps)
        for (const m of step.moments)
          where.set(m.id, {
            text: m.text,
            emotion: m.emotion,
            step: step.title,
            phase: column.phaseIndex,
            lane: step.laneId,
          })
  const momentOf = new Map(journey.insights.map((s) => [s.id, s.momentId]))
  return model.insights.flatMap((s): ActionItem[] => {
    const at = where.get(momentOf.get(s.id) ?? '')
    if (s.kind !== 'opportunity' || !at) return []
    return [
      {
        id: s.id,
        index: index.get(s.id) ?? -1,
        n: s.n,
        text: s.text,
        evidence: s.evidence,
        action: s.action,
        momentN: s.momentN,
        momentText: at.text,
        emotion: at.emotion,
        stepTitle: at.step,
        phaseNumber: at.phase + 1,
        phaseName: model.phases[at.phase]?.name ?? '',
        laneId: at.lane,
      },
    ]
  })
}

/** Higher is more: 'unset' counts as less than low, so what was not weighed comes last. */
const IMPACT: Record<Level, number> = { high: 0, medium: 1, low: 2, unset: 3 }
/** Less effort first; again 'unset' last. */
const EFFORT: Record<Level, number> = { low: 0, medium: 1, high: 2, unset: 3 }

/** Much effect for little effort: what a team does first. */
export const isQuickWin = (a: Pick<Action, 'impact' | 'effort'>) => a.impact === 'high' && a.effort === 'low'

/**
 * The order of the action list: quick wins (high impact, low effort) first; then by impact, high to low;
 * at equal impact the lesser effort first; then the earliest date (no date last); then the map's order.
 * Whatever was not weighed ('unset') comes after every level that was.
 */
export function compareActions(a: ActionItem, b: ActionItem): number {
  const due = (x: ActionItem) => x.action.due || '9999-99-99'
  return (
    Number(isQuickWin(b.action)) - Number(isQuickWin(a.action)) ||
    IMPACT[a.action.impact] - IMPACT[b.action.impact] ||
    EFFORT[a.action.effort] - EFFORT[b.action.effort] ||
    due(a).localeCompare(due(b)) ||
    a.n - b.n
  )
}

/** A sorted copy; the input is left as it is. */
export const sortActions = (items: readonly ActionItem[]): ActionItem[] => [...items].sort(compareActions)

/** "2027-06-15" → "15/06/2027", the way a Flemish reader writes a date; empty stays empty. */
export function formatDueDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : ''
}

/** The action list's columns, in order: the page, the CSV and the Word table share them. */
export const ACTION_COLUMNS = [
  'rank',
  'n',
  'opportunity',
  'moment',
  'step',
  'phase',
  'lane',
  'owner',
  'nextStep',
  'status',
  'impact',
  'effort',
  'due',
] as const
export type ActionColumn = (typeof ACTION_COLUMNS)[number]
