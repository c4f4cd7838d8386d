import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { onSaved, readPreference, TAB_ID, writePreference, type SavedNotice } from '@/persistence'
import { memoryStore, openStore } from '@/persistence/kvStore'
import { withLock } from '@/persistence/locks'
import { publishSaved } from '@/persistence/notices'
import { otherTab, resetPersistence, settle } from '../support/persistence'

beforeEach(() => {
  resetPersistence()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('withLock (the in-tab fallback; jsdom has no navigator.locks)', () => {
  it('runs work under one name one after the other', async () => {
    expect((navigator as Navigator & { locks?: unknown }).locks).toBeUndefined()
    const log: string[] = []
    const work = (name: string, turns: number) => async () => {
      log.push(`${name} in`)
      for (let i = 0; i < turns; i++) await Promise.resolve()
      log.push(`${name} out`)
      return name
    }

    const results = await Promise.all([
      withLock('a', work('1', 5)),
      withLock('a', work('2', 0)),
      withLock('b', work('3', 0)),
    ])

    expect(results).toEqual(['1', '2', '3'])
    expect(log.indexOf('2 in')).toBeGreaterThan(log.indexOf('1 out'))
    expect(log.indexOf('3 in')).toBeLessThan(log.indexOf('1 out'))
  })

  it('goes on after work that failed', async () => {
    await expect(withLock('c', () => Promise.reject(new Error('mislukt')))).rejects.toThrow('mislukt')
    expect(await withLock('c', async () => 'daarna')).toBe('daarna')
  })
})

describe('key-value stores', () => {
  it('keeps values in memory', async () => {
    const store = memoryStore()
    await store.set('a', { n: 1 })
    await store.set('b', 2)
    await store.del('b')
    expect(await store.get('a')).toEqual({ n: 1 })
    expect(await store.get('b')).toBeUndefined()
    expect(await store.entries()).toEqual([['a', { n: 1 }]])
    expect(store.durable).toBe(false)
  })

  it('falls back to memory where there is no IndexedDB', async () => {
    expect(typeof indexedDB).toBe('undefined')
    const store = openStore('test-db')
    expect(store.durable).toBe(false)
    await store.set('x', 1)
    expect(await store.get('x')).toBe(1)
  })
})

describe('notices between tabs', () => {
  it("calls back for another tab's notices only, and stops when asked", async () => {
    const tab = otherTab()
    const heard: SavedNotice[] = []
    const stop = onSaved((notice) => heard.push(notice))
    try {
      publishSaved('mine', 3)
      tab.announce('theirs', 4)
      await vi.waitFor(() => expect(heard).toEqual([{ id: 'theirs', revision: 4, tab: 'other-tab' }]))
      await vi.waitFor(() => expect(tab.heard).toEqual([{ id: 'mine', revision: 3, tab: TAB_ID }]))

      stop()
      tab.announce('later', 5)
      await vi.waitFor(() => expect(tab.heard).toHaveLength(1))
      await settle(10)
      expect(heard).toHaveLength(1)
    } finally {
      stop()
      tab.close()
    }
  })
})

describe('preferences', () => {
  it('remembers the interface language and treats unreadable values as unset', () => {
    expect(readPreference('locale')).toBeNull()
    writePreference('locale', 'en')
    expect(readPreference('locale')).toBe('en')

    localStorage.setItem('klantreis:preferences', '{kapot')
    expect(readPreference('locale')).toBeNull()
    writePreference('locale', 'nl-BE')
    expect(readPreference('locale')).toBe('nl-BE')
  })
})
