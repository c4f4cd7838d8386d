/**
 * The index of the nearest item before (-1) or after (+1) `index` that is in the same group, or -1 when there
 * is none. Activities of several phases and lanes share one array, so "move up" swaps with the previous
 * activity of the same phase and lane, not with the previous array item.
 */
export function neighbourIndex<T>(
  list: readonly T[],
  index: number,
  delta: -1 | 1,
  sameGroup: (a: T, b: T) => boolean = () => true,
): number {
  const item = list[index]
  if (item === undefined) return -1
  for (let i = index + delta; i >= 0 && i < list.length; i += delta) {
    if (sameGroup(item, list[i] as T)) return i
  }
  return -1
}

/** Items of `list` for which `inGroup` holds, each with its index in the full list (needed to edit it there). */
export function indexedWhere<T>(
  list: readonly T[],
  inGroup: (item: T) => boolean,
): { item: T; index: number }[] {
  const out: { item: T; index: number }[] = []
  list.forEach((item, index) => {
    if (inGroup(item)) out.push({ item, index })
  })
  return out
}
