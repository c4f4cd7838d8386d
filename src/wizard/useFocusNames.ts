import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Lane } from '@/domain'
import { useStepForm } from './useStepForm'
import { useStepFocus } from './useStepFocus'
import { laneName } from '@/i18n/labels'

/** Display names of the phase and lane a per-phase step is showing, from the step's frozen context. */
export function useFocusNames() {
  const { t } = useI18n()
  const { context } = useStepForm()
  const { phaseId, laneId } = useStepFocus()
  const phaseName = computed(() => {
    const i = context.phases.findIndex((p) => p.id === phaseId.value)
    return context.phases[i]?.name || t('fields.phaseN', { n: i + 1 })
  })
  const lane = computed<Lane | undefined>(() => context.lanes.find((l) => l.id === laneId.value))
  return { phaseName, lane, laneName: computed(() => (lane.value ? laneName(lane.value, t) : '')) }
}
