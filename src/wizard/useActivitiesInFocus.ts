import { computed } from 'vue'
import { useFormValues } from 'vee-validate'
import { indexedWhere, type Activity } from '@/domain'
import { useStepFocus } from './useStepFocus'

/** The form's activities of the phase and lane in focus, with their index (their form path). */
export function useActivitiesInFocus(byLane = true) {
  const values = useFormValues<{ activities: Activity[] }>()
  const { phaseId, laneId } = useStepFocus()
  return computed(() =>
    indexedWhere(
      values.value.activities ?? [],
      (a) => a.phaseId === phaseId.value && (!byLane || a.laneId === laneId.value),
    ),
  )
}
