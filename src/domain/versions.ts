import { newId } from './ids'
import type { Journey, PackedContent, Version } from './schema'

/**
 * Named versions of a journey ("Versie voor de stuurgroep"), kept with it and in its file. Each version is
 * stored as what changed since the version before: a list keeps only the ids of the items that are the same,
 * so twenty versions cost about one journey plus what was edited between them. The oldest holds everything.
 */
export const CONTENT_KEYS = [
  'title',
  'caseDescription',
  'goal',
  'central',
  'lanes',
  'phases',
  'activities',
  'aha',
  'insights',
  'figures',
  'quotes',
  'images',
] as const
const LIST_KEYS = ['lanes', 'phases', 'activities', 'insights', 'figures', 'quotes', 'images'] as const
type ListKey = (typeof LIST_KEYS)[number]
const isListKey = (key: string): key is ListKey => (LIST_KEYS as readonly string[]).includes(key)

export type Content = Pick<Journey, (typeof CONTENT_KEYS)[number]>

export const contentOf = (journey: Journey): Content =>
  Object.fromEntries(CONTENT_KEYS.map((k) => [k, journey[k]])) as Content

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/** `content` as changes against `previous` (or whole, for the first version). */
export function pack(content: Content, previous: Content | null): PackedContent {
  const out: Record<string, unknown> = {}
  for (const key of CONTENT_KEYS) {
    const value = content[key]
    if (!previous) out[key] = value
    else if (isListKey(key)) {
      const before = new Map((previous[key] as { id: string }[]).map((item) => [item.id, item]))
      const items = value as { id: string }[]
      const packed = items.map((item) => (same(before.get(item.id), item) ? item.id : item))
      // Unchanged only when every item is the same and in the same place: a move is a change too.
      const order = [...before.keys()]
      const unchanged = items.length === before.size && packed.every((p, i) => p === order[i])
      if (!unchanged) out[key] = packed
    } else if (!same(previous[key], value)) out[key] = value
  }
  return out as PackedContent
}

/** The content of every version, oldest first, each rebuilt from the changes up to it. */
export function unpackAll(versions: readonly Version[]): Content[] {
  const out: Content[] = []
  let current: Content | null = null
  for (const version of versions) {
    const next: Record<string, unknown> = { ...(current ?? {}) }
    for (const key of CONTENT_KEYS) {
      const packed = version.content[key]
      if (packed === undefined) continue
      if (isListKey(key) && current) {
        const before = new Map((current[key] as { id: string }[]).map((item) => [item.id, item]))
        // An id names the same item as in the version before; one that is not there is dropped.
        next[key] = (packed as (string | { id: string })[]).flatMap((p) =>
          typeof p === 'string' ? (before.has(p) ? [before.get(p)] : []) : [p],
        )
      } else next[key] = packed
    }
    current = next as Content
    out.push(current)
  }
  return out
}

/** A new version of the journey as it is now, at the end of its list. */
export function withVersion(journey: Journey, name: string, now: Date): Journey {
  const all = unpackAll(journey.versions)
  const version: Version = {
    id: newId(),
    name,
    at: now.toISOString(),
    content: pack(contentOf(journey), all[all.length - 1] ?? null),
  }
  return { ...journey, versions: [...journey.versions, version] }
}

/**
 * Going back to a version: the journey takes that version's content, and that is itself a new version
 * (so nothing in between is lost).
 */
export function restoreVersion(journey: Journey, versionId: string, name: string, now: Date): Journey | null {
  const index = journey.versions.findIndex((v) => v.id === versionId)
  const content = unpackAll(journey.versions)[index]
  if (index < 0 || !content) return null
  return withVersion({ ...journey, ...content }, name, now)
}

/** The journey as it was in a version (the rest of the document as it is now). */
export function journeyAt(journey: Journey, versionId: string): Journey | null {
  const index = journey.versions.findIndex((v) => v.id === versionId)
  const content = unpackAll(journey.versions)[index]
  return index < 0 || !content ? null : { ...journey, ...content }
}

/** The version the journey still equals, if it was not changed since its last version. */
export function currentVersion(journey: Journey): Version | null {
  const last = journey.versions[journey.versions.length - 1]
  const all = unpackAll(journey.versions)
  const content = all[all.length - 1]
  return last && content && same(content, contentOf(journey)) ? last : null
}
