import { shallowRef } from 'vue'
import { asNewDraft, type Journey } from '@/domain'
import {
  dropConflictCopy,
  keepConflictCopy,
  loadLatest,
  onSaved,
  saveJourney,
  trackSave,
  saveJourneyNow,
  storeNewJourney,
  type LoadResult,
  type SavedNotice,
} from '@/persistence'
import { useSaveStatusStore } from './saveStatus'
import { whenRecovered } from './recovery'

/** Another tab saved (or deleted) the journey open here while this tab had unsaved edits. */
export interface Conflict {
  /** Their version, to compare and to take; null when they deleted it. */
  theirs: Journey | null
  since: Date
}

interface Hooks {
  current(): Journey | null
  /** Puts another version in place of the current one (the forms reseed). */
  replace(next: Journey): void
  saved(doc: Journey): void
}

/**
 * Saving the journey store's document and keeping it in step with other tabs. `base` is the revision this
 * tab last loaded or wrote: a save is the next revision after it, refused when another tab saved in between.
 * A notice from another tab is taken over silently when nothing is unsaved here, and is a conflict otherwise;
 * the unsaved version is then kept in the write-ahead store until the user chooses.
 */
export function useJourneySync(hooks: Hooks) {
  const conflict = shallowRef<Conflict | null>(null)
  const status = useSaveStatusStore()
  let base = 0
  let dirty = false
  let chain: Promise<void> = Promise.resolve()

  function adopt(doc: Journey | null) {
    base = doc?.revision ?? 0
    dirty = false
    conflict.value = null
  }

  async function enterConflict(id: string) {
    const latest = await loadLatest(id)
    conflict.value = { theirs: latest.ok ? latest.journey : null, since: new Date() }
    status.failed('conflict')
    const doc = hooks.current()
    if (doc) await keepConflictCopy(doc.id, JSON.stringify(doc))
  }

  /**
   * One save of `doc` as the revision after `from`. Both are taken when the save is asked for, not when it
   * runs: by then the user may have switched to another journey, and that one must not be written instead.
   */
  async function runSave(doc: Journey, from: number, force: boolean): Promise<void> {
    const isCurrent = () => hooks.current()?.id === doc.id
    if (conflict.value && !force && isCurrent()) return keepConflictCopy(doc.id, JSON.stringify(doc))
    const result = await saveJourney(doc, isCurrent() ? base : from, { force })
    if (!isCurrent()) return
    if (result.ok) {
      base = result.revision
      if (hooks.current() === doc) dirty = false
      if (conflict.value) await dropConflictCopy(doc.id)
      conflict.value = null
      hooks.saved(doc)
      status.saved(new Date())
    } else if (result.reason === 'conflict') await enterConflict(doc.id)
    else status.failed(result.reason)
  }

  /** Saves the current document after any save already under way; resolves when it is written. */
  function save({ force = false } = {}): Promise<void> {
    const doc = hooks.current()
    if (!doc) return chain
    const from = base
    chain = chain.then(() => runSave(doc, from, force)).catch(() => status.failed('unknown'))
    return trackSave(chain)
  }

  /** The page is being hidden or left: write what is unsaved at once (see `saveJourneyNow`). */
  function saveNow() {
    const doc = hooks.current()
    if (!doc || !dirty || conflict.value) return
    const result = saveJourneyNow(doc, base)
    if (result.ok) {
      base = result.revision
      dirty = false
      hooks.saved(doc)
      status.saved(new Date())
    } else if (result.reason === 'conflict') void enterConflict(doc.id)
    else status.failed(result.reason)
  }

  async function onNotice(notice: SavedNotice) {
    const doc = hooks.current()
    if (!doc || notice.id !== doc.id || notice.revision === base) return
    if (notice.revision !== null && notice.revision < base) return
    if (dirty || notice.revision === null) return enterConflict(doc.id)
    const latest = await loadLatest(doc.id)
    if (!latest.ok || hooks.current()?.id !== doc.id || dirty) return
    base = latest.journey.revision
    hooks.replace(latest.journey)
    status.saved(new Date())
  }
  onSaved((notice) => void onNotice(notice))

  async function load(id: string): Promise<LoadResult> {
    await whenRecovered()
    return loadLatest(id)
  }

  /**
   * Ends a conflict: `mine` saves this version over theirs, `theirs` takes theirs, `copy` keeps this version
   * as a draft of its own and takes theirs. Returns the copy's id for `copy`.
   */
  async function resolve(choice: 'mine' | 'theirs' | 'copy', copyTitle = ''): Promise<string | null> {
    const doc = hooks.current()
    const open = conflict.value
    if (!doc || !open) return null
    if (choice === 'mine' || !open.theirs) {
      if (choice === 'copy') return keepAsCopy(doc, copyTitle)
      await save({ force: true })
      return null
    }
    const copyId = choice === 'copy' ? await keepAsCopy(doc, copyTitle) : null
    await dropConflictCopy(doc.id)
    base = open.theirs.revision
    dirty = false
    conflict.value = null
    hooks.replace(open.theirs)
    status.saved(new Date())
    return copyId
  }

  async function keepAsCopy(doc: Journey, title: string): Promise<string | null> {
    const copy = asNewDraft(doc, {
      kind: 'duplicate',
      now: new Date(),
      freshId: true,
      title: title || doc.title,
    })
    const saved = await storeNewJourney(copy)
    return saved.ok ? copy.id : null
  }

  return {
    conflict,
    adopt,
    changed: () => (dirty = true),
    /** Edits not yet written. */
    dirty: () => dirty,
    /** Resolves when every save asked for so far is done. */
    settled: () => chain,
    save,
    saveNow,
    load,
    resolve,
  }
}
