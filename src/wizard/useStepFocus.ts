import { inject, provide, ref, type InjectionKey, type Ref } from 'vue'

/** The phase (and lane) a per-phase step is showing. Owned by the step view so its error summary can reveal
 *  a field in another phase before focusing it. */
export interface StepFocus {
  phaseId: Ref<string | null>
  laneId: Ref<string | null>
}

const KEY: InjectionKey<StepFocus> = Symbol('stepFocus')

export function provideStepFocus(phaseId: string | null, laneId: string | null): StepFocus {
  const focus = { phaseId: ref(phaseId), laneId: ref(laneId) }
  provide(KEY, focus)
  return focus
}

export function useStepFocus(): StepFocus {
  const focus = inject(KEY)
  if (!focus) throw new Error('useStepFocus() needs a WizardStepView around it')
  return focus
}
