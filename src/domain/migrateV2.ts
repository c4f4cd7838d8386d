/**
 * Version 2 → 3: the journey as the method draws it. Works on plain JSON (never on the typed Journey, whose
 * types follow the current version only), returns new objects, never throws. Spelled out in full rather than
 * calling factories: a step must keep doing what it did when it was written.
 */
type Doc = Record<string, unknown>
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v)
const docs = (v: unknown): Doc[] => (Array.isArray(v) ? v.filter(isDoc) : [])
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/** A moment's score takes the sign of its kind: a positive moment never reads −1 again. */
function moment(m: Doc): Doc {
  const emotion = typeof m.emotion === 'number' ? Math.trunc(m.emotion) : 0
  const positive = m.kind === 'positive' || (m.kind !== 'negative' && emotion > 0)
  const score = positive ? (emotion > 0 ? emotion : 1) : emotion < 0 ? emotion : -1
  return { id: m.id, text: m.text, emotion: Math.max(-2, Math.min(2, score)) }
}

/** The phone was a "physical" channel in version 2; it is its own kind now. */
const touchpoint = (t: Doc): Doc => (t.channel === 'phone' ? { ...t, mode: 'phone' } : t)

/**
 * Version 2 kept the aha-exercise on each aha-moment; version 3 keeps it once per journey, each point tied to
 * its moment. Empty points of an aha-moment are kept as one empty point at that moment, so it stays an aha-moment.
 */
function ahaOf(activities: Doc[]): Doc {
  const improvements: Doc[] = []
  const strengths: Doc[] = []
  for (const a of activities)
    for (const m of docs(a.moments)) {
      const points = (Array.isArray(m.improvements) ? m.improvements : []).map(str).filter((s) => s.trim())
      if (m.aha === true) {
        for (const text of points.length ? points : [''])
          improvements.push({ id: `improvement-${improvements.length + 1}`, text, momentId: m.id })
      }
      for (const text of (Array.isArray(m.strengths) ? m.strengths : []).map(str).filter((s) => s.trim()))
        strengths.push({ id: `strength-${strengths.length + 1}`, text, role: '', momentId: m.id })
    }
  while (improvements.length < 2)
    improvements.push({ id: `improvement-${improvements.length + 1}`, text: '', momentId: null })
  return { improvements, strengths }
}

/** Places a provider's or extra user's steps beside the citizen's by their order within each phase. */
function placeByOrder(activities: Doc[], citizenLaneId: unknown): Doc[] {
  const citizenSteps = new Map<unknown, Doc[]>()
  for (const a of activities)
    if (a.laneId === citizenLaneId) citizenSteps.set(a.phaseId, [...(citizenSteps.get(a.phaseId) ?? []), a])
  const seen = new Map<string, number>()
  return activities.map((a) => {
    if (a.laneId === citizenLaneId) return { ...a, besideId: null }
    const key = `${str(a.phaseId)}\u0000${str(a.laneId)}`
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    return { ...a, besideId: citizenSteps.get(a.phaseId)?.[n]?.id ?? null }
  })
}

export function migrateV2toV3(doc: Doc): Doc {
  const central = isDoc(doc.central) ? doc.central : {}
  const lanes = docs(doc.lanes)
  const citizenLaneId = lanes.find((l) => l.kind === 'citizen')?.id
  const activities = docs(doc.activities)
  const placed = placeByOrder(activities, citizenLaneId).map((a) => ({
    ...a,
    handoff: null,
    touchpoints: docs(a.touchpoints).map(touchpoint),
    moments: docs(a.moments).map(moment),
  }))
  return {
    ...doc,
    schemaVersion: 3,
    central: { ...central, mode: central.mode === 'general' ? 'general' : 'persona' },
    activities: placed,
    aha: ahaOf(activities),
    insights: docs(doc.insights).map((s) => ({ ...s, improvementId: null })),
  }
}
