/**
 * Helpers shared by the domain tests: the frozen current-version fixture as a typed journey, edits on a copy,
 * and the reader with a fixed clock.
 */
import {
  FILE_ERROR_KEYS,
  journeySchema,
  normalizeJourney,
  SCHEMA_VERSION,
  type Journey,
  type NormalizeResult,
} from '@/domain'
import { journeyData } from '../../fixtures/versions/load'

/** The clock the reader gets in these tests, so a stamp it fills in is known. */
export const NOW = new Date('2026-12-01T12:00:00.000Z')

/** The frozen `journey-v<current>.json` as a journey (a fresh copy on every call). */
export const currentJourney = (): Journey => journeyData(SCHEMA_VERSION) as unknown as Journey

/**
 * A journey as the app stores it: parsed, so that fields added to the schema since the journey was written
 * (with their defaults) are there. Fixtures built by hand, the frozen file and generated journeys may lack them.
 */
export const asStored = (journey: unknown): Journey => journeySchema.parse(journey)

/** A deep copy of `journey` with `change` applied to it: table rows describe a change as a mutation. */
export function edited<T>(journey: T, change: (copy: T) => void): T {
  const copy = structuredClone(journey)
  change(copy)
  return copy
}

/** Any JSON document as a mutable record, for building inputs the schema would refuse. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any

/** A loose deep copy of any journey-like value, for breaking it on purpose. */
export const loose = (value: unknown): Loose => structuredClone(value)

export const normalize = (data: unknown): NormalizeResult => normalizeJourney(data, NOW)

/** The reader's result, asserted to be ok. */
export function normalized(data: unknown): Extract<NormalizeResult, { ok: true }> {
  const result = normalize(data)
  if (!result.ok) throw new Error(`expected the reader to open it, got ${JSON.stringify(result.error)}`)
  return result
}

/** The issues of a failed parse as `path: message` lines, so a test can name the rule that fired. */
export function issuesOf(data: unknown): string[] {
  const result = journeySchema.safeParse(data)
  if (result.success) return []
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

export const FILE_ERROR_VALUES: readonly string[] = Object.values(FILE_ERROR_KEYS)

/** A 1×1 PNG. */
export const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
