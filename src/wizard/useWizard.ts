import { computed, type ComputedRef } from 'vue'
import { useRouter } from 'vue-router'
import type { StepId } from '@/domain'
import { WIZARD_STEPS, wizardStep, type WizardStep } from './registry'
import { stepRoute } from '@/routes'

export interface WizardNav {
  current: ComputedRef<WizardStep>
  hasNext: ComputedRef<boolean>
  hasPrev: ComputedRef<boolean>
  next(): Promise<void>
  prev(): Promise<void>
  go(step: StepId): Promise<void>
}

/** Navigation through the steps of one journey: any step at any time, Next/Previous in order. */
export function useWizard(journeyId: () => string, stepId: () => StepId): WizardNav {
  const router = useRouter()
  const current = computed(() => wizardStep(stepId()))
  const index = computed(() => current.value.number - 1)
  const go = async (step: StepId) => {
    await router.push(stepRoute(journeyId(), step))
  }
  const at = (i: number) => WIZARD_STEPS[i]
  return {
    current,
    hasNext: computed(() => index.value < WIZARD_STEPS.length - 1),
    hasPrev: computed(() => index.value > 0),
    next: async () => {
      const step = at(index.value + 1)
      if (step) await go(step.id)
    },
    prev: async () => {
      const step = at(index.value - 1)
      if (step) await go(step.id)
    },
    go,
  }
}
