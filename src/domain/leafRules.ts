import { z } from 'zod'
import { encodeMessage } from './messages'
import type { Path } from './paths'
import { journeyObjectSchema } from './schema'

/**
 * The document schema's rule for one place in the journey, so the store can refuse, before it saves, a value
 * its own reader would refuse (a text past its maximum, a list past its length), and the wizard can show the
 * maximum before it is reached.
 */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s = schema
  for (;;) {
    if (s instanceof z.ZodDefault) s = s._def.innerType as z.ZodTypeAny
    else if (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodTypeAny
    else if (s instanceof z.ZodEffects) s = s.innerType() as z.ZodTypeAny
    else return s
  }
}

const cache = new Map<string, z.ZodTypeAny | null>()

/** The schema of the value at `path` (list indexes may be any number), or null when there is none. */
export function schemaAt(path: Path): z.ZodTypeAny | null {
  const key = path.map((p) => (typeof p === 'number' ? '#' : p)).join('.')
  const known = cache.get(key)
  if (known !== undefined) return known
  let node: z.ZodTypeAny | null = journeyObjectSchema
  for (const part of path) {
    const s: z.ZodTypeAny | null = node ? unwrap(node) : null
    if (s instanceof z.ZodObject && typeof part === 'string')
      node = ((s.shape as Record<string, z.ZodTypeAny>)[part] ?? null) as z.ZodTypeAny | null
    else if (s instanceof z.ZodArray && typeof part === 'number') node = s.element as z.ZodTypeAny
    else node = null
  }
  cache.set(key, node)
  return node
}

/** The most characters the text at `path` may have, or null when it is not a text with a limit. */
export function maxLengthAt(path: Path): number | null {
  const s = schemaAt(path)
  const inner = s && unwrap(s)
  return inner instanceof z.ZodString ? (inner.maxLength ?? null) : null
}

/** The most items the list at `path` may hold, or null. */
export function maxItemsAt(path: Path): number | null {
  const s = schemaAt(path)
  const inner = s && unwrap(s)
  return inner instanceof z.ZodArray ? ((inner._def.maxLength?.value as number | undefined) ?? null) : null
}

/** Why a value may not stand at `path`, as an encoded i18n message, or null when it may. */
export function refusalAt(path: Path, value: unknown): string | null {
  const s = schemaAt(path)
  if (!s) return 'errors.invalid'
  const result = s.safeParse(value)
  if (result.success) return null
  const issue = result.error.issues[0]
  if (issue?.code === 'too_big' && issue.type === 'string')
    return encodeMessage('errors.tooLong', { max: Number(issue.maximum), length: String(value).length })
  if (issue?.code === 'too_big' && issue.type === 'array')
    return encodeMessage('errors.tooMany', { max: Number(issue.maximum) })
  return 'errors.invalid'
}

/**
 * Characters that change how text is drawn without being seen: bidirectional overrides and isolates (they
 * made the map read backwards) and control characters other than line breaks and tabs.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g

export const cleanText = (text: string): string => text.replace(INVISIBLE, '')

/** A text cut at `max` characters (or left whole without one), never through the middle of a surrogate pair. */
export function clipText(text: string, max: number | null | undefined): string {
  if (max === null || max === undefined || text.length <= max) return text
  const cut = text.slice(0, max)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}
