import { STEP_IDS, type StepId } from '@/domain'

/** 1-based step numbers, without loading the wizard's components. */
export const WIZARD_STEP_NUMBERS = Object.fromEntries(STEP_IDS.map((id, i) => [id, i + 1])) as Record<
  StepId,
  number
>
