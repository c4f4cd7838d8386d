import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { activeLanes, momentKind, STEP_IDS, stepStatuses } from '@/domain'
import { readExample } from '@/examples/example'

/** The example journey is a journey file: it must read like any user's file, whole and current. */
describe('the example journey file', () => {
  const result = readExample()
  if (!result.ok) throw new Error(`the example does not read: ${result.error.key}`)
  const journey = result.journey

  it('reads through the file reader as a current journey, with nothing to mend', () => {
    expect(result.migratedFrom).toBeNull()
    expect(result.repairs).toEqual([])
    expect(journey.origin.kind).toBe('example')
  })

  it.each(STEP_IDS)('has step %s complete', (step) => {
    expect(stepStatuses(journey)[step]).toBe('complete')
  })

  it('follows one case: one persona, and three named lines side by side', () => {
    expect(journey.central.mode).toBe('persona')
    expect(journey.central.personas).toHaveLength(1)
    const lanes = activeLanes(journey)
    expect(lanes.map((l) => l.kind)).toEqual(['citizen', 'provider', 'user'])
    expect(lanes.every((l) => l.name.trim() !== '')).toBe(true)
    const citizen = lanes[0]!.id
    expect(journey.activities.filter((a) => a.laneId !== citizen).every((a) => a.besideId !== null)).toBe(
      true,
    )
  })

  it('shows every part of the method: hand-off, both kinds of moments, the aha-exercise with roles', () => {
    const moments = journey.activities.flatMap((a) => a.moments)
    expect(journey.activities.some((a) => a.handoff !== null)).toBe(true)
    expect(new Set(moments.map((m) => momentKind(m.emotion)))).toEqual(new Set(['positive', 'negative']))
    expect(journey.aha.improvements.filter((p) => p.text && p.momentId)).toHaveLength(2)
    expect(journey.aha.strengths.every((s) => s.role.trim() !== '')).toBe(true)
    expect(journey.insights.some((s) => s.improvementId !== null)).toBe(true)
    expect(journey.insights.filter((s) => s.kind === 'opportunity').every((s) => s.action.owner)).toBe(true)
  })

  it('is written in the app’s own file format', () => {
    const text = readFileSync(join(process.cwd(), 'src/examples/leefloon.klantreis.json'), 'utf8')
    const file = JSON.parse(text) as { type: string; version: number }
    expect(file.type).toBe('klantreis')
    expect(file.version).toBe(journey.schemaVersion)
  })
})
