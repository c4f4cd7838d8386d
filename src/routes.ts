import type { StepId } from './domain'

/** The only place that spells the app's URLs; the start page and the map link to steps without the wizard. */
export const stepRoute = (journeyId: string, step: StepId) => ({
  name: 'step',
  params: { id: journeyId, stepId: step },
})
export const mapRoute = (journeyId: string) => ({ name: 'map', params: { id: journeyId } })
export const checkRoute = (journeyId: string) => ({ name: 'check', params: { id: journeyId } })
export const actionsRoute = (journeyId: string) => ({ name: 'actions', params: { id: journeyId } })
/** The author's page for review rounds, versions, the review date and the desired journey. */
export const feedbackRoute = (journeyId: string) => ({ name: 'feedback', params: { id: journeyId } })
/** A colleague's review mode: the journey read-only, with their remarks. */
export const reviewRoute = (reviewId: string) => ({ name: 'review', params: { reviewId } })
