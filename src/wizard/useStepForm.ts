import { inject, provide, type InjectionKey } from 'vue'
import { useForm, type FormContext } from 'vee-validate'
import { toTypedSchema } from '@vee-validate/zod'
import {
  getAt,
  parsePath,
  pickStep,
  stepContext,
  stepSchema,
  STEP_FIELDS,
  type Journey,
  type StepContext,
  type StepId,
} from '@/domain'
import type { z } from 'zod'
import { useJourneyStore, type EditLabel } from '@/stores/journey'

/**
 * A step's form, which owns the step's values while the step is open: the store seeds it once, and each
 * change goes back to the store as the one leaf that changed (`commit`), or as a list edit (`lists.ts`).
 * The rules read only the form's values and a context frozen when the step opened.
 */
export interface StepForm {
  step: StepId
  journeyId: string
  context: StepContext
  form: FormContext<Record<string, unknown>>
  /** A field changed: store it. False when the store refused it (a text past its maximum). */
  commit(path: string, value: unknown): boolean
  /** Sets a value in the form and the store at once (a control that is not a Base* field). */
  set(path: string, value: unknown): boolean
  /** After a store edit that changed more than the form did (a removal that untied references). */
  resync(): void
  label(key: string, params?: EditLabel['params']): EditLabel
}

const KEY: InjectionKey<StepForm> = Symbol('stepForm')

export function provideStepForm(step: StepId, journey: Journey): StepForm {
  const store = useJourneyStore()
  const context = stepContext(journey)
  // The view is generic over the eight steps, so the form is keyed by field name here; each step component
  // types the fields it reads (`useFieldArray<Activity>('activities')`), all from the one document schema.
  const schema: z.ZodType<Record<string, unknown>> = stepSchema(step, context)
  const form = useForm<Record<string, unknown>>({
    validationSchema: toTypedSchema(schema),
    initialValues: pickStep(journey, step),
    // Per-phase steps unmount the fields of other phases; their values must stay in the form.
    keepValuesOnUnmount: true,
  })

  /** Brings the form in line with the store where a removal changed more than the removed item. */
  function resync() {
    const doc = store.journey
    if (!doc) return
    const walk = (path: string, want: unknown, have: unknown) => {
      if (want === have || JSON.stringify(want) === JSON.stringify(have)) return
      const bothLists = Array.isArray(want) && Array.isArray(have) && want.length === have.length
      const bothObjects =
        !Array.isArray(want) &&
        typeof want === 'object' &&
        want !== null &&
        typeof have === 'object' &&
        have !== null
      if (bothLists) want.forEach((item, i) => walk(`${path}[${i}]`, item, (have as unknown[])[i]))
      else if (bothObjects)
        for (const key of Object.keys(want))
          walk(
            `${path}.${key}`,
            (want as Record<string, unknown>)[key],
            (have as Record<string, unknown>)[key],
          )
      else form.setFieldValue(path, structuredClone(want), false)
    }
    for (const key of STEP_FIELDS[step]) walk(key, doc[key], form.values[key])
  }

  const stepForm: StepForm = {
    step,
    journeyId: journey.id,
    context,
    form,
    commit: (path, value) => store.commit(path, value),
    set(path, value) {
      form.setFieldValue(path, value, false)
      return store.commit(path, value)
    },
    resync,
    label: (key, params) => ({ key, params }),
  }
  provide(KEY, stepForm)
  return stepForm
}

export function useStepForm(): StepForm {
  const stepForm = inject(KEY)
  if (!stepForm) throw new Error('useStepForm() needs a WizardStepView around it')
  return stepForm
}

/** The form's value at a path, typed by the caller (lists and references the step components read). */
export const formValue = <T>(stepForm: StepForm, path: string): T =>
  getAt(stepForm.form.values, parsePath(path)) as T
