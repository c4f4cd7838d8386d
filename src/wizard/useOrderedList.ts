import { computed, type Ref } from 'vue'
import { useFieldArray } from 'vee-validate'
import { indexedWhere, neighbourIndex } from '@/domain'

/**
 * A vee-validate field array shown as one group at a time (one phase and lane, one moment…), with moves that
 * stay inside that group. `visible` carries each item's index in the full array, which is its form path.
 */
export function useOrderedList<T>(path: string, inGroup: () => (item: T) => boolean) {
  const array = useFieldArray<T>(path)
  const visible = computed(() =>
    indexedWhere(
      array.fields.value.map((f) => f.value),
      inGroup(),
    ).map(({ item, index }, position, all) => ({
      item,
      index,
      key: array.fields.value[index]?.key ?? index,
      first: position === 0,
      last: position === all.length - 1,
    })),
  )
  const move = (index: number, delta: -1 | 1) => {
    const target = neighbourIndex(
      array.fields.value.map((f) => f.value),
      index,
      delta,
      (_a, b) => inGroup()(b),
    )
    if (target >= 0) array.swap(index, target)
  }
  return {
    visible,
    move,
    push: array.push,
    remove: array.remove,
    fields: array.fields as Ref<{ value: T }[]>,
  }
}
