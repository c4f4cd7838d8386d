import {
  cleanText,
  formatPath,
  getAt,
  insertAt,
  maxItemsAt,
  moveAt,
  parsePath,
  pruneReferences,
  refusalAt,
  removeAt,
  setAt,
  swapAt,
  type Journey,
  type Path,
} from '@/domain'

/**
 * The edits a user can make, as pure functions from a document to the next one, or to the reason it is
 * refused: the store applies them, records them for undo and saves. Each refusal is the reader's own rule
 * (`refusalAt`), so nothing is saved that could not be opened again.
 */
export type EditResult = { ok: true; doc: Journey } | { ok: false; reason: string }

const refuse = (reason: string): EditResult => ({ ok: false, reason })
const toPath = (path: string | Path): Path => (typeof path === 'string' ? parsePath(path) : path)

/** One field's new value; texts lose invisible direction overrides and control characters. */
export function setValue(doc: Journey, path: string | Path, value: unknown): EditResult {
  const parts = toPath(path)
  const clean = typeof value === 'string' ? cleanText(value) : value
  const refused = refusalAt(parts, clean)
  return refused ? refuse(refused) : { ok: true, doc: setAt(doc, parts, clean) }
}

export function insertItem(doc: Journey, listPath: string | Path, item: unknown, index?: number): EditResult {
  const parts = toPath(listPath)
  const list = getAt(doc, parts)
  if (!Array.isArray(list)) return refuse('errors.invalid')
  const max = maxItemsAt(parts)
  if (max !== null && list.length >= max) return refuse(`errors.tooMany::${JSON.stringify({ max })}`)
  const refused = refusalAt([...parts, list.length], item)
  return refused ? refuse(refused) : { ok: true, doc: insertAt(doc, parts, item, index) }
}

/** Removes an item and whatever pointed at it (the UI asked first when that is more than the item). */
export function removeItem(doc: Journey, listPath: string | Path, index: number): EditResult {
  const parts = toPath(listPath)
  const list = getAt(doc, parts)
  if (!Array.isArray(list) || index < 0 || index >= list.length) return refuse('errors.invalid')
  return { ok: true, doc: pruneReferences(removeAt(doc, parts, index)) }
}

/** Moves an item to another place (`move`), or exchanges it with another (`swap`, for groups in one list). */
export function moveItem(
  doc: Journey,
  listPath: string | Path,
  from: number,
  to: number,
  how: 'move' | 'swap' = 'move',
): EditResult {
  const parts = toPath(listPath)
  const list = getAt(doc, parts)
  if (!Array.isArray(list) || from < 0 || to < 0 || from >= list.length || to >= list.length)
    return refuse('errors.invalid')
  return { ok: true, doc: (how === 'swap' ? swapAt : moveAt)(doc, parts, from, to) }
}

/** The coalescing key of typing: the field's path. */
export const typingKey = (path: string | Path) => formatPath(toPath(path))
