import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { recoverFromWal, type Recovered } from '@/persistence'

let ready: Promise<void> | null = null

/**
 * Puts back what a crash or a killed browser kept from localStorage, once per page load, before any journey
 * is opened (`whenRecovered`); the start page says what came back.
 */
export const useRecoveryStore = defineStore('recovery', () => {
  const recovered = shallowRef<Recovered[]>([])

  function run(): Promise<void> {
    ready ??= recoverFromWal().then(
      (list) => void (recovered.value = list),
      () => undefined,
    )
    return ready
  }

  return { recovered, run, dismiss: () => (recovered.value = []) }
})

/** Resolves once start-up recovery has run (at once when it was never started, as in unit tests). */
export const whenRecovered = (): Promise<void> => ready ?? Promise.resolve()
