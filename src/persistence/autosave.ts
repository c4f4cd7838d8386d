/** How long typing may pause before a save. */
export const SAVE_DELAY_MS = 400
/** Continuous typing still saves at least this often: a crash loses no more than this. */
export const SAVE_MAX_WAIT_MS = 2000

export interface Autosave {
  /** Ask for a save; it happens once typing has paused for SAVE_DELAY_MS, or SAVE_MAX_WAIT_MS at the latest. */
  schedule(): void
  /** Save now if a save is pending (before leaving a journey). */
  flush(): void
  dispose(): void
}

/**
 * Debounced saving with a maximum wait. When the page is hidden or left (`visibilitychange`, `pagehide`, the
 * last events a browser reliably delivers; `beforeunload` is not fired on mobile), `urgent` runs instead of
 * `save`: there is no time then for anything asynchronous.
 */
export function createAutosave(
  save: () => void,
  urgent: () => void,
  delay = SAVE_DELAY_MS,
  maxWait = SAVE_MAX_WAIT_MS,
): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null
  let firstAsked: number | null = null
  const clear = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    firstAsked = null
  }
  const run = (how: () => void) => {
    if (timer === null) return
    clear()
    how()
  }
  const flush = () => run(save)
  const onLeave = () => run(urgent)
  const onHidden = () => {
    if (document.visibilityState === 'hidden') onLeave()
  }
  document.addEventListener('visibilitychange', onHidden)
  window.addEventListener('pagehide', onLeave)
  return {
    schedule() {
      const now = Date.now()
      firstAsked ??= now
      if (timer !== null) clearTimeout(timer)
      const wait = Math.max(0, Math.min(delay, firstAsked + maxWait - now))
      timer = setTimeout(flush, wait)
    },
    flush,
    dispose() {
      flush()
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onLeave)
    },
  }
}
