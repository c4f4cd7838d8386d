import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Journey } from '@/domain'
import { useStepFocus } from './useStepFocus'

/** Display names of the phase and lane a per-phase step is showing. */
export function useFocusNames(journey: Journey) {
  const { t } = useI18n()
  const { phaseId, laneId } = useStepFocus()
  const phaseName = computed(() => {
    const i = journey.phases.findIndex((p) => p.id === phaseId.value)
    return journey.phases[i]?.name || t('fields.phaseN', { n: i + 1 })
  })
  const laneName = computed(() => {
    const lane = journey.lanes.find((l) => l.id === laneId.value)
    return lane ? lane.name || t(`lanes.${lane.kind}`) : ''
  })
  return { phaseName, laneName }
}
