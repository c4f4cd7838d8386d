import { asNewDraft } from './copies'
import { clipText } from './leafRules'
import { TEXT_LIMITS } from './limits'
import type { Journey } from './schema'

/**
 * The desired (to-be) journey: a linked copy of the current one in which each opportunity is written into the
 * step it came from, so the user rewrites the steps as they should become. Items keep their ids in the copy:
 * that is how the two maps are laid side by side (one curve over the other) step by step.
 */
export function desiredCopy(
  journey: Journey,
  options: { now: Date; title: string; workedIn: (opportunity: string) => string },
): { current: Journey; desired: Journey } {
  const activityOfMoment = new Map(journey.activities.flatMap((a) => a.moments.map((m) => [m.id, a.id])))
  const notes = new Map<string, string[]>()
  for (const insight of journey.insights) {
    const activityId = activityOfMoment.get(insight.momentId)
    if (insight.kind !== 'opportunity' || !activityId || !insight.text.trim()) continue
    notes.set(activityId, [...(notes.get(activityId) ?? []), options.workedIn(insight.text.trim())])
  }
  const activities = journey.activities.map((activity) => {
    const added = notes.get(activity.id)
    if (!added) return activity
    const description = [activity.description.trim(), ...added].filter(Boolean).join('\n\n')
    return { ...activity, description: clipText(description, TEXT_LIMITS.long) }
  })
  const base = asNewDraft(journey, { kind: 'desired', now: options.now, freshId: true, title: options.title })
  const desired: Journey = {
    ...base,
    title: clipText(options.title, TEXT_LIMITS.title),
    activities,
    remarks: [],
    versions: [],
    reviewOn: '',
    link: { kind: 'current', id: journey.id, title: journey.title },
    lastStepId: 'activities',
  }
  const current: Journey = { ...journey, link: { kind: 'desired', id: desired.id, title: desired.title } }
  return { current, desired }
}
