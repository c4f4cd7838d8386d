import { shallowReactive } from 'vue'

/**
 * A part of the app (a lazily loaded chunk) that could not be loaded: offline before the app was cached, or
 * an old tab after an update. Reported here from the router and from any `import()`, shown by
 * TheLoadFailure with a way to try again, so a click never ends in silence.
 */
export const loadFailure = shallowReactive<{ retry: (() => unknown) | null }>({ retry: null })

export function reportLoadFailure(retry: () => unknown = () => window.location.reload()): void {
  loadFailure.retry = retry
}

/** Was this error a chunk that failed to load? (Browsers word it differently.) */
export const isLoadError = (error: unknown): boolean =>
  /dynamically imported module|module script|importing a module|Failed to fetch|Load failed|chunk/i.test(
    error instanceof Error ? `${error.name} ${error.message}` : String(error),
  )
