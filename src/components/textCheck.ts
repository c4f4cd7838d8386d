import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { PlainLanguageChecker, Readability, TextHint } from '@/plainLanguage'
import { loadMessages } from '@/i18n/parts'

/** What the plain-language check says about one text. */
export interface TextCheckResult {
  hints: readonly TextHint[]
  /** The reading ease, given only when no hint says the text reads hard already (null below 30 words). */
  readability: Readability | null
}

/**
 * The plain-language check a Base* text field shows under itself. The wizard provides one that knows the
 * journey (its written-out abbreviations) and which fields are free texts; elsewhere there is none and fields
 * show nothing. An interface here, so that shared inputs know nothing of stores or steps.
 */
export interface TextCheck {
  /** Whether the field at this form path gets the check. */
  applies(path: string): boolean
  /** The check of a text, or null while the checker is not loaded yet (see `ready`). Cached per text. */
  run(text: string): TextCheckResult | null
  /** Loads the checker and its messages (once); resolves when `run` can answer. */
  ready(): Promise<void>
  /** Raised when earlier results may be out of date (an abbreviation got written out elsewhere). */
  readonly changed: Readonly<Ref<number>>
}

const KEY: InjectionKey<TextCheck | null> = Symbol('textCheck')

export const provideTextCheck = (check: TextCheck) => provide(KEY, check)
export const useTextCheck = (): TextCheck | null => inject(KEY, null)

let loading: Promise<PlainLanguageChecker> | undefined

/**
 * The Dutch checker with its data and the hint messages, both loaded on first use: neither is in the app's
 * first load. A failed load (offline after a new deploy) may be tried again.
 */
export function loadPlainLanguage(): Promise<PlainLanguageChecker> {
  loading ??= Promise.all([
    import('@/plainLanguage').then((module) => module.loadPlainLanguageChecker()),
    loadMessages('plainLanguage'),
  ]).then(
    ([checker]) => checker,
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}
