import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { WriteFailure } from '@/persistence'

export type SaveFailure = WriteFailure | 'conflict'

/** What the save indicator shows. Kept apart from the journey so the document store holds only the document. */
export const useSaveStatusStore = defineStore('saveStatus', () => {
  const state = ref<'idle' | 'pending' | 'saved' | 'failed'>('idle')
  const lastSavedAt = ref<Date | null>(null)
  const failure = ref<SaveFailure | null>(null)

  function pending() {
    if (state.value !== 'failed') state.value = 'pending'
  }
  function saved(at: Date) {
    state.value = 'saved'
    lastSavedAt.value = at
    failure.value = null
  }
  function failed(reason: SaveFailure) {
    state.value = 'failed'
    failure.value = reason
  }
  function reset() {
    state.value = 'idle'
    lastSavedAt.value = null
    failure.value = null
  }
  return { state, lastSavedAt, failure, pending, saved, failed, reset }
})
