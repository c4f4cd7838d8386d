import { activeLanes } from './operations'
import type { Journey } from './schema'
import type { StepId } from './steps'

/** One line of what a step holds, as an i18n key with counts: "6 fases", "14 activiteiten in 3 banen". */
export interface Fact {
  key: string
  params: Record<string, string | number>
}

const fact = (key: string, params: Fact['params'] = {}): Fact => ({ key, params })

/**
 * What each step holds, for "Controleer je klantreis" (GOV.UK's check-your-answers): the user sees what is
 * there before what is missing.
 */
export function stepFacts(journey: Journey): Record<StepId, Fact[]> {
  const lanes = new Set(activeLanes(journey).map((l) => l.id))
  const shown = journey.activities.filter((a) => lanes.has(a.laneId))
  const touchpoints = shown.flatMap((a) => a.touchpoints)
  const moments = shown.flatMap((a) => a.moments)
  const persona = journey.central.personas[0]
  const filled = (s: string) => s.trim() !== ''
  /** What rests on an assumption only: what the team still has to go and find out. */
  const assumed = (list: { evidence: { kind: string } }[]) =>
    fact('check.facts.assumptions', { n: list.filter((x) => x.evidence.kind === 'assumption').length })
  return {
    goal: [
      fact(filled(journey.title) ? 'check.facts.title' : 'check.facts.noTitle', { title: journey.title }),
      fact(filled(journey.goal) ? 'check.facts.goal' : 'check.facts.noGoal', { goal: journey.goal }),
    ],
    central: [
      journey.central.mode === 'general'
        ? fact('check.facts.general')
        : fact(persona && filled(persona.name) ? 'check.facts.persona' : 'check.facts.noPersona', {
            name: persona?.name ?? '',
          }),
      fact('check.facts.lanes', { n: lanes.size }),
    ],
    phases: [fact('check.facts.phases', { n: journey.phases.length })],
    activities: [
      fact('check.facts.activities', { n: shown.length, lanes: new Set(shown.map((a) => a.laneId)).size }),
      fact('check.facts.handoffs', { n: shown.filter((a) => a.handoff).length }),
      assumed(shown),
    ],
    touchpoints: [
      fact('check.facts.touchpoints', {
        n: touchpoints.length,
        digital: touchpoints.filter((t) => t.mode === 'digital').length,
        phone: touchpoints.filter((t) => t.mode === 'phone').length,
        physical: touchpoints.filter((t) => t.mode === 'physical').length,
      }),
    ],
    moments: [
      fact('check.facts.moments', {
        positive: moments.filter((m) => m.emotion > 0).length,
        negative: moments.filter((m) => m.emotion < 0).length,
      }),
      fact('check.facts.aha', {
        improvements: journey.aha.improvements.filter((p) => filled(p.text)).length,
        strengths: journey.aha.strengths.filter((s) => filled(s.text)).length,
      }),
      assumed(moments),
    ],
    insights: [
      fact('check.facts.insights', {
        needs: journey.insights.filter((s) => s.kind === 'need').length,
        opportunities: journey.insights.filter((s) => s.kind === 'opportunity').length,
      }),
      assumed(journey.insights),
    ],
    extra: [
      fact('check.facts.extra', {
        figures: journey.figures.length,
        quotes: journey.quotes.length,
        images: journey.images.length,
      }),
      assumed(journey.figures),
    ],
  }
}
