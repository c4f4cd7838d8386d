import { computed, ref, watch } from 'vue'
import { useJourneyStore } from './journey'

/**
 * Opens the journey a route names and gives it back, or null while it loads and when it is missing or
 * damaged (`failed` then says which). Shared by the wizard and the map routes.
 */
export function useOpenedJourney(id: () => string) {
  const store = useJourneyStore()
  const failed = ref(false)
  watch(
    id,
    async (next) => {
      failed.value = false
      failed.value = !(await store.open(next)).ok
    },
    { immediate: true },
  )
  const journey = computed(() => (!failed.value && store.journey?.id === id() ? store.journey : null))
  return { journey, failed }
}
