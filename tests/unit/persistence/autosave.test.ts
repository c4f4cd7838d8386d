import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosave, SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, type Autosave } from '@/persistence'

let save: ReturnType<typeof vi.fn<() => void>>
let urgent: ReturnType<typeof vi.fn<() => void>>
let autosave: Autosave

/** jsdom's document is always visible; the tab being hidden is simulated by shadowing the getter. */
function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

beforeEach(() => {
  vi.useFakeTimers()
  save = vi.fn<() => void>()
  urgent = vi.fn<() => void>()
  autosave = createAutosave(save, urgent)
})

afterEach(() => {
  autosave.dispose()
  Reflect.deleteProperty(document, 'visibilityState')
  vi.useRealTimers()
})

describe('createAutosave', () => {
  it('waits 400 ms after typing, and at most 2 s while typing goes on', () => {
    expect(SAVE_DELAY_MS).toBe(400)
    expect(SAVE_MAX_WAIT_MS).toBe(2000)
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
    expect(urgent).not.toHaveBeenCalled()
  })

  it('saves again for a change after the last save', () => {
    autosave.schedule()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    autosave.schedule()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('saves every 2 s at the latest under continuous typing', () => {
    const savedAt: number[] = []
    save.mockImplementation(() => void savedAt.push(Date.now()))
    const start = Date.now()
    // A keystroke every 100 ms for 5 s: the pause never reaches 400 ms.
    for (let t = 0; t < 5000; t += 100) {
      autosave.schedule()
      vi.advanceTimersByTime(100)
    }
    expect(savedAt.map((at) => at - start)).toEqual([SAVE_MAX_WAIT_MS, 2 * SAVE_MAX_WAIT_MS])

    // The typing stops: the rest is saved after the usual pause.
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(savedAt.map((at) => at - start)).toEqual([2000, 4000, 4900 + SAVE_DELAY_MS])
  })

  it('does not save early when the typing was not continuous', () => {
    autosave.schedule()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(save).toHaveBeenCalledTimes(1)
    // A new burst starts its own maximum wait.
    vi.advanceTimersByTime(1900)
    autosave.schedule()
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(save).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('uses the delay and maximum wait it is given', () => {
    const quick = createAutosave(save, urgent, 50, 120)
    quick.schedule()
    vi.advanceTimersByTime(50)
    expect(save).toHaveBeenCalledTimes(1)
    for (let i = 0; i < 4; i++) {
      quick.schedule()
      vi.advanceTimersByTime(40)
    }
    expect(save).toHaveBeenCalledTimes(2)
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

  it('runs the urgent save on pagehide, only when a save is pending', () => {
    window.dispatchEvent(new Event('pagehide'))
    expect(urgent).not.toHaveBeenCalled()

    autosave.schedule()
    window.dispatchEvent(new Event('pagehide'))
    expect(urgent).toHaveBeenCalledTimes(1)
    expect(save).not.toHaveBeenCalled()

    // The pending save was the urgent one: the timer does not save it a second time.
    vi.advanceTimersByTime(SAVE_MAX_WAIT_MS)
    expect(save).not.toHaveBeenCalled()
  })

  it('runs the urgent save when the page becomes hidden, not when it becomes visible', () => {
    autosave.schedule()
    setVisibility('visible')
    expect(urgent).not.toHaveBeenCalled()

    setVisibility('hidden')
    expect(urgent).toHaveBeenCalledTimes(1)
    expect(save).not.toHaveBeenCalled()
  })

  it('dispose writes a pending save and stops listening to the page', () => {
    autosave.schedule()
    autosave.dispose()
    expect(save).toHaveBeenCalledTimes(1)

    autosave.schedule()
    window.dispatchEvent(new Event('pagehide'))
    setVisibility('hidden')
    expect(urgent).not.toHaveBeenCalled()

    // The timer itself still runs: only the page events were detached.
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(save).toHaveBeenCalledTimes(2)
  })
})
