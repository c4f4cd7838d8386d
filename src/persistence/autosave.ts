/** How long typing may pause before a save; the issue asks for at most 500 ms. */
export const SAVE_DELAY_MS = 400

export interface Autosave {
  /** Ask for a save; it happens once typing has paused for SAVE_DELAY_MS. */
  schedule(): void
  /** Save now if a save is pending (used before leaving a journey and when the page is hidden). */
  flush(): void
  dispose(): void
}

/**
 * Debounced saving. A pending save is flushed on `visibilitychange` (hidden) and `pagehide`, the last events a
 * browser reliably delivers before a tab is closed or frozen; `beforeunload` is not fired on mobile.
 */
export function createAutosave(save: () => void, delay = SAVE_DELAY_MS): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    if (timer === null) return
    clearTimeout(timer)
    timer = null
    save()
  }
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  document.addEventListener('visibilitychange', onHidden)
  window.addEventListener('pagehide', flush)
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(flush, delay)
    },
    flush,
    dispose() {
      flush()
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', flush)
    },
  }
}
