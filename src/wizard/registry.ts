import type { Component } from 'vue'
import { STEP_IDS, type StepId } from '@/domain'
import StepGoal from './steps/StepGoal.vue'
import StepCentral from './steps/StepCentral.vue'
import StepPhases from './steps/StepPhases.vue'
import StepActivities from './steps/StepActivities.vue'
import StepTouchpoints from './steps/StepTouchpoints.vue'
import StepMoments from './steps/StepMoments.vue'
import StepInsights from './steps/StepInsights.vue'
import StepExtra from './steps/StepExtra.vue'

/**
 * What the generic step view needs to show a step. Texts live in i18n under `steps.<id>`; the rules in the
 * domain (`stepSchema`). `focus` says whether the step works on one phase (and lane) at a time, so that a
 * journey of many phases never becomes one endless form.
 */
export interface WizardStep {
  id: StepId
  number: number
  component: Component
  focus: 'none' | 'phase' | 'phase-lane'
}

const COMPONENTS: Record<StepId, Pick<WizardStep, 'component' | 'focus'>> = {
  goal: { component: StepGoal, focus: 'none' },
  central: { component: StepCentral, focus: 'none' },
  phases: { component: StepPhases, focus: 'none' },
  activities: { component: StepActivities, focus: 'phase-lane' },
  touchpoints: { component: StepTouchpoints, focus: 'phase-lane' },
  moments: { component: StepMoments, focus: 'phase-lane' },
  insights: { component: StepInsights, focus: 'phase' },
  extra: { component: StepExtra, focus: 'none' },
}

export const WIZARD_STEPS: readonly WizardStep[] = STEP_IDS.map((id, i) => ({
  id,
  number: i + 1,
  ...COMPONENTS[id],
}))

export function wizardStep(id: StepId): WizardStep {
  return WIZARD_STEPS.find((s) => s.id === id) as WizardStep
}
