import { nextTick, ref, type ComponentPublicInstance } from 'vue'
import { locatePath, type Journey } from '@/domain'
import { useJourneyStore } from '@/stores/journey'
import { fieldId } from '@/components/fieldId'
import type { SummaryError } from './WizardErrorSummary.vue'
import { inReadingOrder } from './readingOrder'
import type { StepForm } from './useStepForm'
import { useStepFocus } from './useStepFocus'

/**
 * The error summary of a step: on submit the form is validated, and what is missing is listed in the order a
 * person meets it, each line a link that shows the field's phase and focuses it (GOV.UK's pattern).
 */
export function useErrorSummary(stepForm: StepForm) {
  const focus = useStepFocus()
  const store = useJourneyStore()
  // The store holds every change the form made, so it locates the fields the form reports.
  const journey = () => store.journey as Journey
  const errors = ref<SummaryError[]>([])
  const summary = ref<{ focus(): void } | null>(null)
  const element = (el: Element | ComponentPublicInstance | null) => {
    summary.value = el as unknown as { focus(): void } | null
  }

  /** A short "where" for a line: the field's own label when it is on screen, else its phase. */
  function describe(path: string): string {
    const label = document.querySelector(`label[for="${fieldId(path)}"]`)?.textContent?.trim()
    const activity = /^activities\[(\d+)\]\.(moments|touchpoints)\[/.exec(path)
    const title = activity
      ? (stepForm.form.values.activities as Journey['activities'] | undefined)?.[Number(activity[1])]?.title
      : undefined
    if (label && title) return `${title} – ${label}`
    if (label) return label
    const phaseId = locatePath(journey(), path)?.phaseId
    return stepForm.context.phases.find((p) => p.id === phaseId)?.name ?? ''
  }

  /** Validates; true when the step is complete, otherwise the summary is shown and focused. */
  async function check(): Promise<boolean> {
    const result = await stepForm.form.validate()
    if (result.valid) {
      errors.value = []
      return true
    }
    const messages = new Map(
      Object.entries(result.errors).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
    errors.value = inReadingOrder(journey(), [...messages.keys()]).map((path) => ({
      path,
      message: messages.get(path) as string,
      context: describe(path),
    }))
    await nextTick()
    summary.value?.focus()
    return false
  }

  /** Shows the phase and lane a field belongs to, then focuses it (or the nearest thing that fixes it). */
  async function reveal(path: string) {
    const where = locatePath(journey(), path)
    if (where) {
      focus.phaseId.value = where.phaseId
      if (where.laneId) focus.laneId.value = where.laneId
    }
    await nextTick()
    const target = document.getElementById(fieldId(path)) ?? document.getElementById(`${fieldId(path)}-add`)
    target?.focus()
  }

  return { errors, element, check, reveal }
}
