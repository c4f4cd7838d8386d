/** One item of an ordered list as BaseOrderedList shows it. */
export interface OrderedEntry<T> {
  item: T
  /** Its index in the whole list: its form path is `${path}[${index}]`. */
  index: number
  key: string | number
  /** 1-based position within the group shown. */
  n: number
  first: boolean
  last: boolean
}

/**
 * What BaseOrderedList needs to run a list, whoever keeps it (the wizard's step form and the store, say):
 * the entries to show, and whether one more fits.
 */
export interface OrderedListController<T> {
  readonly visible: OrderedEntry<T>[]
  readonly full: boolean
  readonly max: number | null
  add(item: T): boolean
  remove(entry: OrderedEntry<T>): boolean
  move(entry: OrderedEntry<T>, delta: -1 | 1): boolean
}
