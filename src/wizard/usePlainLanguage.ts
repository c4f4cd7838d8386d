import { computed, ref, shallowRef } from 'vue'
import type { Journey } from '@/domain'
import { isFreeText } from '@/domain/freeTexts'
import type { PlainLanguageChecker } from '@/plainLanguage'
import { abbreviationIndex } from '@/components/journeyHints'
import {
  loadPlainLanguage,
  provideTextCheck,
  type TextCheck,
  type TextCheckResult,
} from '@/components/textCheck'

/** Results kept per text; a step holds far fewer texts, so the cache is never the bottleneck. */
const CACHE_SIZE = 500
const NONE: ReadonlySet<string> = new Set()

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x))

/**
 * The wizard's plain-language check for its Base* text fields: only free texts get it (`isFreeText`), and an
 * abbreviation written out anywhere in the journey counts as explained. Those abbreviations are computed
 * lazily, when a field checks after a pause, never per keystroke, once per change of the journey and reading
 * only the texts that changed; results are cached per text (and dropped when the abbreviations change).
 * Nothing loads until a field with text asks.
 */
export function providePlainLanguage(journey: () => Journey | null): TextCheck {
  const checker = shallowRef<PlainLanguageChecker | null>(null)
  let abbreviationsOf: ((journey: Journey) => Set<string>) | null = null
  let previous: ReadonlySet<string> = NONE
  const known = computed(() => {
    const doc = journey()
    if (!doc || !checker.value) return NONE
    abbreviationsOf ??= abbreviationIndex(checker.value)
    const next = abbreviationsOf(doc)
    // The same set keeps its identity, so the cache survives the edits that do not change it (nearly all).
    if (!sameSet(next, previous)) previous = next
    return previous
  })
  const cache = new Map<string, TextCheckResult>()
  let cachedFor = NONE
  const changed = ref(0)

  const check: TextCheck = {
    applies: isFreeText,
    changed,
    run(text) {
      const plain = checker.value
      if (!plain) return null
      const knownAbbreviations = known.value
      if (cachedFor !== knownAbbreviations) {
        // An abbreviation was written out (or no longer is): what the other fields show may be out of date.
        if (cache.size > 0) changed.value++
        cache.clear()
        cachedFor = knownAbbreviations
      }
      let result = cache.get(text)
      if (!result) {
        const hints = plain.check(text, { knownAbbreviations })
        const readsHard = hints.some((hint) => hint.kind === 'readability')
        result = { hints, readability: readsHard ? null : plain.readability(text) }
        if (cache.size >= CACHE_SIZE) cache.clear()
        cache.set(text, result)
      }
      return result
    },
    async ready() {
      checker.value ??= await loadPlainLanguage()
    },
  }
  provideTextCheck(check)
  return check
}
