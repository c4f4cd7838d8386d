/**
 * Undo and redo over immutable documents: an entry is the document before and after one edit, so undoing is
 * putting the old document back (edits share everything they did not touch, so keeping them is cheap).
 * Typing in one field is one entry while it continues: an edit with the same `key` within `coalesceMs` of the
 * previous one replaces that entry's "after".
 */
export interface HistoryEntry<T> {
  before: T
  after: T
  /** What was done, for "Ongedaan maken: Activiteit verwijderd". An i18n key with params. */
  label: { key: string; params?: Record<string, string | number> }
  key: string | null
  at: number
}

export interface History<T> {
  record(before: T, after: T, label: HistoryEntry<T>['label'], key?: string | null, now?: number): void
  undo(): HistoryEntry<T> | null
  redo(): HistoryEntry<T> | null
  readonly canUndo: boolean
  readonly canRedo: boolean
  /** The entry an undo would revert. */
  peekUndo(): HistoryEntry<T> | null
  peekRedo(): HistoryEntry<T> | null
  clear(): void
}

export function createHistory<T>({ limit = 300, coalesceMs = 1500 } = {}): History<T> {
  let done: HistoryEntry<T>[] = []
  let undone: HistoryEntry<T>[] = []
  return {
    record(before, after, label, key = null, now = Date.now()) {
      const last = done[done.length - 1]
      undone = []
      if (key !== null && last && last.key === key && now - last.at <= coalesceMs && last.after === before) {
        last.after = after
        last.at = now
        return
      }
      done.push({ before, after, label, key, at: now })
      if (done.length > limit) done = done.slice(done.length - limit)
    },
    undo() {
      const entry = done.pop() ?? null
      if (entry) undone.push({ ...entry, key: null })
      return entry
    },
    redo() {
      const entry = undone.pop() ?? null
      if (entry) done.push({ ...entry, key: null })
      return entry
    },
    get canUndo() {
      return done.length > 0
    },
    get canRedo() {
      return undone.length > 0
    },
    peekUndo: () => done[done.length - 1] ?? null,
    peekRedo: () => undone[undone.length - 1] ?? null,
    clear() {
      done = []
      undone = []
    },
  }
}
