import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSaveStatusStore } from '@/stores/saveStatus'

beforeEach(() => {
  setActivePinia(createPinia())
})

describe('useSaveStatusStore', () => {
  it('goes from idle through pending to saved', () => {
    const status = useSaveStatusStore()
    expect(status.state).toBe('idle')
    status.pending()
    expect(status.state).toBe('pending')
    const at = new Date('2024-06-10T08:00:00.000Z')
    status.saved(at)
    expect(status.state).toBe('saved')
    expect(status.lastSavedAt).toEqual(at)
  })

  it('keeps a failure visible while new changes wait, until a save succeeds', () => {
    const status = useSaveStatusStore()
    status.failed('quota')
    status.pending()
    expect(status.state).toBe('failed')
    expect(status.failure).toBe('quota')

    status.saved(new Date())
    expect(status.state).toBe('saved')
    expect(status.failure).toBeNull()
  })

  it('reset clears everything', () => {
    const status = useSaveStatusStore()
    status.saved(new Date())
    status.failed('unavailable')
    status.reset()
    expect([status.state, status.lastSavedAt, status.failure]).toEqual(['idle', null, null])
  })
})
