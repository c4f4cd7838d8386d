/**
 * Paths into a journey, as the forms name fields ("activities[3].moments[0].text"), and pure edits along
 * them. Every edit returns a new document that shares all it did not touch with the old one: the store keeps
 * old documents as its undo history, and what reads an unchanged part (a step's status, say) sees the same
 * object and need not recompute. Nothing here mutates its input.
 */
export type PathPart = string | number
export type Path = readonly PathPart[]

/** "activities[3].moments[0].text" → ['activities', 3, 'moments', 0, 'text']. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]))
    else if (match[1] !== undefined) parts.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1])
  }
  return parts
}

/** ['activities', 3, 'title'] → "activities[3].title", the form's own spelling. */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  )
}

const isContainer = (value: unknown): value is Record<PathPart, unknown> =>
  typeof value === 'object' && value !== null

/** The value at a path, or undefined when the path leads nowhere. */
export function getAt(root: unknown, path: Path): unknown {
  let node: unknown = root
  for (const part of path) {
    if (!isContainer(node)) return undefined
    node = (node as Record<PathPart, unknown>)[part]
  }
  return node
}

function copyWith(node: unknown, part: PathPart, value: unknown): unknown {
  if (Array.isArray(node)) {
    const copy = node.slice()
    copy[part as number] = value
    return copy
  }
  return { ...(node as object), [part]: value }
}

/**
 * A copy of `root` with `update(old)` at `path`. Returns `root` itself when the value does not change, so an
 * echo (a form re-emitting what it was given) makes no new document. Throws on a path that leads nowhere:
 * that is a bug in the caller, never user input.
 */
export function updateAt<T>(root: T, path: Path, update: (old: unknown) => unknown): T {
  const go = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return update(node)
    if (!isContainer(node)) throw new Error(`No value at ${formatPath(path.slice(0, depth))}`)
    const part = path[depth] as PathPart
    const old = (node as Record<PathPart, unknown>)[part]
    const next = go(old, depth + 1)
    return next === old ? node : copyWith(node, part, next)
  }
  return go(root, 0) as T
}

export const setAt = <T>(root: T, path: Path, value: unknown): T => updateAt(root, path, () => value)

const listAt = (old: unknown, path: Path): unknown[] => {
  if (!Array.isArray(old)) throw new Error(`No list at ${formatPath(path)}`)
  return old
}

/** Inserts `item` into the list at `path` at `index` (the end when omitted). */
export const insertAt = <T>(root: T, path: Path, item: unknown, index?: number): T =>
  updateAt(root, path, (old) => {
    const list = listAt(old, path).slice()
    list.splice(index ?? list.length, 0, item)
    return list
  })

export const removeAt = <T>(root: T, path: Path, index: number): T =>
  updateAt(root, path, (old) => listAt(old, path).filter((_, i) => i !== index))

/** Moves the item at `from` to `to` within the list at `path` (the others shift). */
export const moveAt = <T>(root: T, path: Path, from: number, to: number): T =>
  updateAt(root, path, (old) => {
    const list = listAt(old, path).slice()
    const [item] = list.splice(from, 1)
    list.splice(to, 0, item)
    return list
  })

/** Exchanges the items at `i` and `j` of the list at `path` (moves within a group of a shared list). */
export const swapAt = <T>(root: T, path: Path, i: number, j: number): T =>
  updateAt(root, path, (old) => {
    const list = listAt(old, path).slice()
    const a = list[i]
    list[i] = list[j]
    list[j] = a
    return list
  })
