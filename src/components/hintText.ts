import type { Readability, TextHint } from '@/plainLanguage'

type T = (key: string, params?: Record<string, unknown>) => string

/**
 * A text cut to a readable length, as `shorten` of src/i18n/describe.ts. Not imported from there: that module
 * is in the first load, and sharing it with the wizard's hints made the build split it into one more
 * first-load chunk (about 80 bytes more to fetch before the start page shows).
 */
const shorten = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

/** A hint as the screen shows it: the part of the text it is about (when its message does not say) and the
 *  message. */
export interface ShownHint {
  /** Stable within a text while it is edited, so an unchanged hint is not announced again; the same for
   *  `Indien` and `indien`, which get one hint. */
  key: string
  kind: TextHint['kind']
  privacy: boolean
  /** The words the hint is about, shortened: a long sentence's start, a phone number. Empty when the message
   *  quotes them itself (jargon, abbreviations, names) or when it is about the whole text. */
  excerpt: string
  message: string
}

const QUOTES_ITSELF = new Set(['jargon', 'abbreviation', 'readability'])

/** `inkomen` → `‘inkomen’`; `geven of sturen of afgeven` → `‘geven’, ‘sturen’ of ‘afgeven’`. The jargon list's
 *  alternatives never hold " of " themselves (checked by a test on the list). */
export function quoteAlternatives(plain: string, or: string): string {
  const quoted = plain.split(' of ').map((alternative) => `‘${alternative}’`)
  const last = quoted.pop() ?? ''
  return quoted.length === 0 ? last : `${quoted.join(', ')} ${or} ${last}`
}

/** The message of a hint, its alternatives quoted, with what it is about. */
export function showHint(hint: TextHint, text: string, t: T): ShownHint {
  const params =
    hint.kind === 'jargon'
      ? { ...hint.params, plain: quoteAlternatives(String(hint.params.plain), t('plainLanguage.ui.or')) }
      : hint.params
  const named = QUOTES_ITSELF.has(hint.kind) || hint.key === 'plainLanguage.personalData.name'
  const excerpt = hint.range && !named ? shorten(text.slice(hint.range.start, hint.range.end), 48) : ''
  return {
    key: `${hint.key}:${Object.values(hint.params).join('|')}:${excerpt}`.toLowerCase(),
    kind: hint.kind,
    privacy: hint.privacy === true,
    excerpt,
    message: t(hint.key, params),
  }
}

/** Personal data first (it matters most before sharing), then in the order of the text. */
const privacyFirst = (hints: readonly TextHint[]): TextHint[] =>
  [...hints].sort((a, b) => Number(b.privacy === true) - Number(a.privacy === true))

/** The hints of one text as shown: personal data first, then in the order of the text; the same word twice
 *  gives one hint. */
export function showHints(hints: readonly TextHint[], text: string, t: T): ShownHint[] {
  const unique = new Map<string, ShownHint>()
  for (const hint of privacyFirst(hints)) {
    const item = showHint(hint, text, t)
    if (!unique.has(item.key)) unique.set(item.key, item)
  }
  return [...unique.values()]
}

/** "Deze tekst is vlot leesbaar: score 72 volgens Flesch-Douma." for a text that reads well enough. */
export const readabilityLine = (readability: Readability, t: T): string =>
  t('plainLanguage.score', {
    level: t(`plainLanguage.level.${readability.level}`),
    score: Math.round(readability.score),
  })
