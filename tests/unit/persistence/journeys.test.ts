import { beforeEach, describe, expect, it } from 'vitest'
import { progress, SCHEMA_VERSION } from '@/domain'
import { deleteJourney, listDrafts, loadJourney, saveJourney } from '@/persistence'
import { INDEX_KEY, journeyKey } from '@/persistence/keys'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'

const indexIds = (): string[] =>
  (JSON.parse(localStorage.getItem(INDEX_KEY) ?? '[]') as { id: string }[]).map((d) => d.id)

beforeEach(() => {
  localStorage.clear()
})

describe('saveJourney and loadJourney', () => {
  it('reads back the journey that was saved', () => {
    const journey = makeJourney()
    expect(saveJourney(journey)).toMatchObject({ ok: true, revision: 1 })
    expect(loadJourney(journey.id)).toEqual({
      ok: true,
      journey: { ...journey, revision: 1 },
      migratedFrom: null,
    })
  })

  it('replaces the previous copy and its index line', () => {
    const journey = makeJourney()
    saveJourney(journey)
    saveJourney({
      ...journey,
      revision: 1,
      title: 'eID voor kinderen',
      updatedAt: '2024-03-05T10:00:00.000Z',
    })

    const loaded = loadJourney(journey.id)
    expect(loaded.ok && loaded.journey.title).toBe('eID voor kinderen')
    expect(indexIds()).toEqual([journey.id])
  })

  it('fills defaults when it reads an older document', () => {
    const journey = makeJourney({ lastStepId: 'extra' })
    const old: Record<string, unknown> = { ...journey }
    for (const key of ['figures', 'quotes', 'images', 'lastStepId']) delete old[key]
    localStorage.setItem(journeyKey(journey.id), JSON.stringify(old))

    const loaded = loadJourney(journey.id)

    expect(loaded).toMatchObject({
      ok: true,
      journey: { title: journey.title, figures: [], quotes: [], images: [], lastStepId: 'goal' },
    })
  })

  it.each([
    ['missing', null, 'missing'],
    ['not JSON', '{"schemaVersion": 1, "title": "eID', 'not-json'],
    ['JSON of the wrong shape', JSON.stringify({ schemaVersion: 1, title: 'eID' }), 'invalid'],
    [
      'JSON of a newer version',
      JSON.stringify({ ...makeJourney(), schemaVersion: SCHEMA_VERSION + 1 }),
      'invalid',
    ],
    ['plain JSON null', 'null', 'invalid'],
  ])('reports a %s journey with the raw text untouched', (_name, raw, reason) => {
    if (raw !== null) localStorage.setItem(journeyKey('j1'), raw)

    expect(loadJourney('j1')).toMatchObject({ ok: false, reason, raw })
    expect(localStorage.getItem(journeyKey('j1'))).toBe(raw)
  })
})

describe('listDrafts', () => {
  it('lists a saved journey with its title and progress', () => {
    const journey = makeJourney({ lastStepId: 'insights' })
    saveJourney(journey)

    expect(listDrafts()).toEqual([
      {
        id: journey.id,
        title: 'Nieuwe identiteitskaart aanvragen',
        updatedAt: journey.updatedAt,
        done: 7,
        total: 7,
        lastStepId: 'insights',
        revision: 1,
        damaged: false,
      },
    ])
  })

  it('lists drafts newest first', () => {
    const stamps = ['2024-03-02T08:00:00.000Z', '2024-05-01T08:00:00.000Z', '2024-04-01T08:00:00.000Z']
    const journeys = stamps.map((updatedAt) => makeEmptyJourney({ updatedAt }))
    journeys.forEach((j) => saveJourney(j))

    expect(listDrafts().map((d) => d.updatedAt)).toEqual([stamps[1], stamps[2], stamps[0]])
  })

  it('summarises a journey whose index line is missing from the journey itself', () => {
    const journey = makeJourney()
    localStorage.setItem(journeyKey(journey.id), JSON.stringify(journey))

    const [draft] = listDrafts()

    expect(draft).toMatchObject({
      id: journey.id,
      title: journey.title,
      ...progress(journey),
      damaged: false,
    })
  })

  it('summarises every journey when the index itself is damaged', () => {
    const journey = makeEmptyJourney({ title: 'Parkeerkaart' })
    saveJourney(journey)
    localStorage.setItem(INDEX_KEY, '[{"id": ')

    expect(listDrafts()).toMatchObject([{ id: journey.id, title: 'Parkeerkaart', done: 0, damaged: false }])
  })

  it('lists a damaged journey as damaged and leaves its raw value alone', () => {
    saveJourney(makeJourney())
    const raw = '{"schemaVersion":1,"title":"Halve'
    localStorage.setItem(journeyKey('broken'), raw)

    const drafts = listDrafts()

    expect(drafts).toHaveLength(2)
    expect(drafts.find((d) => d.id === 'broken')).toMatchObject({ damaged: true, title: '' })
    expect(drafts[drafts.length - 1]?.id).toBe('broken')
    expect(localStorage.getItem(journeyKey('broken'))).toBe(raw)
  })

  it('drops an index line whose journey is gone', () => {
    const journey = makeJourney()
    saveJourney(journey)
    localStorage.removeItem(journeyKey(journey.id))

    expect(listDrafts()).toEqual([])
  })

  it('ignores keys of other applications', () => {
    localStorage.setItem('andere-app:journey:x', '{}')
    localStorage.setItem('klantreis-oud', '{}')
    expect(listDrafts()).toEqual([])
  })
})

describe('deleteJourney', () => {
  it('removes the journey and its index line, and only those', () => {
    const kept = makeJourney()
    const removed = makeJourney()
    saveJourney(kept)
    saveJourney(removed)

    deleteJourney(removed.id)

    expect(localStorage.getItem(journeyKey(removed.id))).toBeNull()
    expect(indexIds()).toEqual([kept.id])
    expect(listDrafts().map((d) => d.id)).toEqual([kept.id])
    expect(loadJourney(kept.id).ok).toBe(true)
  })
})
