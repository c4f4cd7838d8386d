import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosave, SAVE_DELAY_MS, type Autosave } from '@/persistence'

let save: ReturnType<typeof vi.fn<() => void>>
let autosave: Autosave

/** jsdom's document is always visible; the tab being hidden is simulated by shadowing the getter. */
function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

beforeEach(() => {
  vi.useFakeTimers()
  save = vi.fn<() => void>()
  autosave = createAutosave(save)
})

afterEach(() => {
  autosave.dispose()
  Reflect.deleteProperty(document, 'visibilityState')
  vi.useRealTimers()
})

describe('createAutosave', () => {
  it('waits at most 500 ms, as the issue asks', () => {
    expect(SAVE_DELAY_MS).toBeGreaterThan(0)
    expect(SAVE_DELAY_MS).toBeLessThanOrEqual(500)
  })

  it('saves once after typing pauses, however often it was asked', () => {
    for (let i = 0; i < 5; i++) {
      autosave.schedule()
      vi.advanceTimersByTime(80)
    }
    expect(save).not.toHaveBeenCalled()

    vi.advanceTimersByTime(SAVE_DELAY_MS - 80 - 1)
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(save).toHaveBeenCalledTimes(1)

    vi.advanceTimersByTime(10 * SAVE_DELAY_MS)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('saves again for a change after the last save', () => {
    autosave.schedule()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    autosave.schedule()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('uses the delay it is given', () => {
    const quick = createAutosave(save, 50)
    quick.schedule()
    vi.advanceTimersByTime(50)
    expect(save).toHaveBeenCalledTimes(1)
    quick.dispose()
  })

  it('flush saves at once when a save is pending, and cancels the timer', () => {
    autosave.schedule()
    autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)

    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('flush does nothing when nothing is pending', () => {
    autosave.flush()
    autosave.schedule()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    autosave.flush()
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('flushes on pagehide', () => {
    window.dispatchEvent(new Event('pagehide'))
    expect(save).not.toHaveBeenCalled()

    autosave.schedule()
    window.dispatchEvent(new Event('pagehide'))
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('flushes when the page becomes hidden, not when it becomes visible', () => {
    autosave.schedule()
    setVisibility('visible')
    expect(save).not.toHaveBeenCalled()

    setVisibility('hidden')
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('dispose writes a pending save and stops listening to the page', () => {
    autosave.schedule()
    autosave.dispose()
    expect(save).toHaveBeenCalledTimes(1)

    autosave.schedule()
    window.dispatchEvent(new Event('pagehide'))
    setVisibility('hidden')
    expect(save).toHaveBeenCalledTimes(1)

    // The timer itself still runs: only the page events were detached.
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(save).toHaveBeenCalledTimes(2)
  })
})
