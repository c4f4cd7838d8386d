import { inject, provide, ref, type InjectionKey, type Ref } from 'vue'

/**
 * The phase (and lane) a per-phase step is showing. Owned by the wizard, so that it outlives a step view that
 * is rebuilt (after undo) and follows the user from step to step; the error summary uses it to reveal a field
 * in another phase before focusing it.
 */
export interface StepFocus {
  phaseId: Ref<string | null>
  laneId: Ref<string | null>
}

const KEY: InjectionKey<StepFocus> = Symbol('stepFocus')

export function provideStepFocus(): StepFocus {
  const focus = { phaseId: ref<string | null>(null), laneId: ref<string | null>(null) }
  provide(KEY, focus)
  return focus
}

export function useStepFocus(): StepFocus {
  const focus = inject(KEY)
  if (!focus) throw new Error('useStepFocus() needs a WizardView around it')
  return focus
}
