import { computed } from 'vue'
import { remarksByTarget, type Remark } from '@/domain'
import { useJourneyStore } from '@/stores/journey'

/** One index per remarks list, shared by every item that shows its remarks (a map has hundreds). */
const indexes = new WeakMap<readonly Remark[], Map<string, Remark[]>>()

function indexOf(remarks: readonly Remark[]) {
  let index = indexes.get(remarks)
  if (!index) indexes.set(remarks, (index = remarksByTarget(remarks)))
  return index
}

/** The remarks on one item ("activity:<id>") or step ("step:<stepId>") of the open journey. */
export function useRemarksOf(key: () => string) {
  const store = useJourneyStore()
  return computed(() => (store.journey ? (indexOf(store.journey.remarks).get(key()) ?? []) : []))
}
