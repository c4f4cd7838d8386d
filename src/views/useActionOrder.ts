import { computed, ref, watch, type Ref } from 'vue'
import { sortActions, type ActionItem, type ActionStatus } from '@/domain'

/**
 * The order of the list and who passes the filter are both kept while the user edits: a row neither jumps
 * away nor disappears from under the pointer when its date or status changes. "Sorteer opnieuw" renews them.
 */
export function useActionOrder(live: Ref<ActionItem[]>) {
  const order = ref<string[]>([])
  const filter = ref<'all' | ActionStatus>('all')
  const members = ref<string[]>([])
  const passes = (i: ActionItem) => filter.value === 'all' || i.action.status === filter.value
  function sortNow() {
    const next = sortActions(live.value)
    order.value = next.map((i) => i.id)
    members.value = next.filter(passes).map((i) => i.id)
  }
  watch(filter, () => (members.value = live.value.filter(passes).map((i) => i.id)))
  const sorted = computed(() => {
    const byId = new Map(live.value.map((i) => [i.id, i]))
    const known = order.value.flatMap((id) => byId.get(id) ?? [])
    return [...known, ...live.value.filter((i) => !order.value.includes(i.id))]
  })
  const shown = computed(() =>
    sorted.value.filter((i) => members.value.includes(i.id) || (!order.value.includes(i.id) && passes(i))),
  )
  const ids = (list: ActionItem[]) => list.map((i) => i.id).join()
  const stale = computed(
    () =>
      ids(sortActions(live.value)) !== ids(sorted.value) ||
      ids(shown.value) !== ids(sorted.value.filter(passes)),
  )
  return { filter, sorted, shown, stale, sortNow }
}
