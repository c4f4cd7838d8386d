import { computed, ref, watch } from 'vue'
import { useJourneyStore } from './journey'

/**
 * Opens the journey a route names and gives it back, or null when it is missing or damaged (the view then
 * says so). Shared by the wizard and the map routes.
 */
export function useOpenedJourney(id: () => string) {
  const store = useJourneyStore()
  const failed = ref(false)
  watch(id, (next) => (failed.value = !store.open(next).ok), { immediate: true })
  return computed(() => (!failed.value && store.journey?.id === id() ? store.journey : null))
}
