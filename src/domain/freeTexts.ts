import { activeLanes } from './operations'
import type { Evidence, Journey } from './schema'
import type { StepId } from './steps'

/**
 * The texts a person writes in their own words, the ones a plain-language check reads: the goal and case,
 * descriptions, steps, moments, needs and opportunities, quotes, labels of figures and images. Names are left
 * out where a name is what belongs there (a persona's or a lane's name, a role, an owner, the service a
 * citizen is sent to): "Fatima" as a persona's name is not a privacy slip, and a jargon hint on a proper name
 * helps no one. Only what the wizard shows is listed: the first persona (the map's), the lanes the map draws,
 * a source once its kind is chosen.
 */
export interface FreeText {
  /** The form path, as the wizard's fields name it: `activities[3].moments[0].text`. */
  path: string
  /** The step whose form holds the field. */
  step: StepId
  text: string
}

/** Which form paths are free texts, and in which step; `freeTexts` lists exactly these. */
const FREE_TEXT_PATHS: readonly (readonly [RegExp, StepId])[] = [
  [/^(title|caseDescription|goal)$/, 'goal'],
  [/^central\.(personas\[0\]\.(description|needs)|generalNote)$/, 'central'],
  [/^phases\[\d+\]\.(name|description)$/, 'phases'],
  [/^activities\[\d+\]\.(title|description|evidence\.source)$/, 'activities'],
  [/^activities\[\d+\]\.touchpoints\[\d+\]\.(label|exclusion)$/, 'touchpoints'],
  [/^activities\[\d+\]\.moments\[\d+\]\.(text|evidence\.source)$/, 'moments'],
  [/^aha\.(improvements|strengths)\[\d+\]\.text$/, 'moments'],
  [/^insights\[\d+\]\.(text|evidence\.source|action\.nextStep)$/, 'insights'],
  [/^(figures\[\d+\]\.(label|evidence\.source)|quotes\[\d+\]\.text|images\[\d+\]\.(caption|alt))$/, 'extra'],
]

/** The step of a free-text path, or null when the path is not a free text (a name, a choice, an id). */
export function freeTextStep(path: string): StepId | null {
  for (const [pattern, step] of FREE_TEXT_PATHS) if (pattern.test(path)) return step
  return null
}

export const isFreeText = (path: string): boolean => freeTextStep(path) !== null

/**
 * Every non-empty free text of a journey, step by step in the order of the steps; within a step phase by
 * phase and lane by lane, as a person meets them in the wizard.
 */
export function freeTexts(journey: Journey): FreeText[] {
  const out: FreeText[] = []
  const add = (step: StepId, path: string, text: string) => {
    if (text.trim() !== '') out.push({ path, step, text })
  }
  const source = (step: StepId, path: string, evidence: Evidence) => {
    if (evidence.kind !== 'none') add(step, `${path}.evidence.source`, evidence.source)
  }

  add('goal', 'title', journey.title)
  add('goal', 'caseDescription', journey.caseDescription)
  add('goal', 'goal', journey.goal)

  const persona = journey.central.personas[0]
  if (journey.central.mode === 'persona' && persona) {
    add('central', 'central.personas[0].description', persona.description)
    add('central', 'central.personas[0].needs', persona.needs)
  } else if (journey.central.mode === 'general')
    add('central', 'central.generalNote', journey.central.generalNote)

  journey.phases.forEach((phase, i) => {
    add('phases', `phases[${i}].name`, phase.name)
    add('phases', `phases[${i}].description`, phase.description)
  })

  const activities = inWizardOrder(journey)
  for (const { activity, i } of activities) {
    add('activities', `activities[${i}].title`, activity.title)
    add('activities', `activities[${i}].description`, activity.description)
    source('activities', `activities[${i}]`, activity.evidence)
  }
  for (const { activity, i } of activities)
    activity.touchpoints.forEach((touchpoint, j) => {
      add('touchpoints', `activities[${i}].touchpoints[${j}].label`, touchpoint.label)
      add('touchpoints', `activities[${i}].touchpoints[${j}].exclusion`, touchpoint.exclusion)
    })
  for (const { activity, i } of activities)
    activity.moments.forEach((moment, j) => {
      add('moments', `activities[${i}].moments[${j}].text`, moment.text)
      source('moments', `activities[${i}].moments[${j}]`, moment.evidence)
    })
  journey.aha.improvements.forEach((p, i) => add('moments', `aha.improvements[${i}].text`, p.text))
  journey.aha.strengths.forEach((s, i) => add('moments', `aha.strengths[${i}].text`, s.text))

  const momentRank = new Map<string, number>()
  for (const { activity } of activities)
    for (const m of activity.moments) momentRank.set(m.id, momentRank.size)
  const insights = journey.insights
    .map((insight, i) => ({ insight, i, rank: momentRank.get(insight.momentId) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
  for (const { insight, i } of insights) {
    add('insights', `insights[${i}].text`, insight.text)
    source('insights', `insights[${i}]`, insight.evidence)
    add('insights', `insights[${i}].action.nextStep`, insight.action.nextStep)
  }

  journey.figures.forEach((figure, i) => {
    add('extra', `figures[${i}].label`, figure.label)
    source('extra', `figures[${i}]`, figure.evidence)
  })
  journey.quotes.forEach((quote, i) => add('extra', `quotes[${i}].text`, quote.text))
  journey.images.forEach((image, i) => {
    add('extra', `images[${i}].alt`, image.alt)
    add('extra', `images[${i}].caption`, image.caption)
  })
  return out
}

/** The activities of the lanes the map draws, phase by phase, lane by lane, each with its index. */
function inWizardOrder(journey: Journey) {
  const lanes = activeLanes(journey).map((lane) => lane.id)
  const phases = journey.phases.map((phase) => phase.id)
  return journey.activities
    .map((activity, i) => ({
      activity,
      i,
      phase: phases.indexOf(activity.phaseId),
      lane: lanes.indexOf(activity.laneId),
    }))
    .filter((a) => a.lane >= 0)
    .sort((a, b) => a.phase - b.phase || a.lane - b.lane || a.i - b.i)
}

/**
 * Every text of a journey a person wrote, names included: the free texts, and the names of personas, lanes
 * and services, roles and owners. An abbreviation written out in any of them counts as explained everywhere.
 */
export function allTexts(journey: Journey): string[] {
  return [
    ...freeTexts(journey).map((t) => t.text),
    ...journey.central.personas.map((p) => p.name),
    ...journey.lanes.map((l) => l.name),
    ...journey.activities.map((a) => a.handoff?.to ?? ''),
    ...journey.aha.strengths.map((s) => s.role),
    ...journey.insights.map((s) => s.action.owner),
    ...journey.quotes.map((q) => q.role),
  ].filter((text) => text !== '')
}
