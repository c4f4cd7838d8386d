import type { StepId } from '@/domain'

/** Route of a step of a journey; the only place that spells the wizard's URLs. Kept apart from the registry so
 *  the start page can link to a step without loading the wizard. */
export const stepRoute = (journeyId: string, step: StepId) => ({
  name: 'step',
  params: { id: journeyId, stepId: step },
})
