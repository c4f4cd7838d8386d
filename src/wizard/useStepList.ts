import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useFieldArray } from 'vee-validate'
import { indexedWhere, maxItemsAt, neighbourIndex, parsePath } from '@/domain'
import type { OrderedEntry, OrderedListController } from '@/components/orderedList'
import { useJourneyStore } from '@/stores/journey'
import { useStepForm } from './useStepForm'

export interface StepListOptions<T> {
  /** Shows one group of a shared list (the activities of one phase and lane); moves stay inside it. */
  inGroup?: () => (item: T) => boolean
  /** The item's name, for the undo history ("Activiteit 2 verwijderd"). */
  name: (item: T, n: number) => string
}

/**
 * A list of the open step, kept equal in the form's field array and the store's document by making every
 * add, remove and move in both. Serves BaseOrderedList as its controller.
 */
export function useStepList<T>(
  path: MaybeRefOrGetter<string>,
  options: StepListOptions<T>,
): OrderedListController<T> {
  const store = useJourneyStore()
  const stepForm = useStepForm()
  const array = useFieldArray<T>(path)
  const group = () => options.inGroup?.() ?? (() => true)
  const values = computed(() => array.fields.value.map((f) => f.value))
  const visible = computed<OrderedEntry<T>[]>(() =>
    indexedWhere(values.value, group()).map(({ item, index }, position, all) => ({
      item,
      index,
      key: array.fields.value[index]?.key ?? index,
      n: position + 1,
      first: position === 0,
      last: position === all.length - 1,
    })),
  )
  const max = computed(() => maxItemsAt(parsePath(toValue(path))))
  const label = (key: string, entry: OrderedEntry<T>) => ({
    key,
    params: { name: options.name(entry.item, entry.n) },
  })

  return {
    get visible() {
      return visible.value
    },
    get full() {
      return max.value !== null && values.value.length >= max.value
    },
    get max() {
      return max.value
    },
    add(item) {
      if (!store.insert(toValue(path), item, { key: 'history.added' })) return false
      array.push(item)
      return true
    },
    remove(entry) {
      if (!store.remove(toValue(path), entry.index, label('history.removed', entry))) return false
      array.remove(entry.index)
      stepForm.resync()
      return true
    },
    move(entry, delta) {
      const inGroup = group()
      const target = neighbourIndex(values.value, entry.index, delta, (_a, b) => inGroup(b))
      if (
        target < 0 ||
        !store.move(toValue(path), entry.index, target, label('history.moved', entry), 'swap')
      )
        return false
      array.swap(entry.index, target)
      return true
    },
  }
}
