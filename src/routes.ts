import type { StepId } from './domain'

/** The only place that spells the app's URLs; the start page and the map link to steps without the wizard. */
export const stepRoute = (journeyId: string, step: StepId) => ({
  name: 'step',
  params: { id: journeyId, stepId: step },
})
export const mapRoute = (journeyId: string) => ({ name: 'map', params: { id: journeyId } })
export const checkRoute = (journeyId: string) => ({ name: 'check', params: { id: journeyId } })
