import { defineStore } from 'pinia'
import { ref } from 'vue'
import { deleteJourney, listDrafts, type DraftListItem } from '@/persistence'

/** The drafts saved in this browser, as the start page lists them. */
export const useDraftsStore = defineStore('drafts', () => {
  const drafts = ref<DraftListItem[]>([])

  function refresh() {
    drafts.value = listDrafts()
  }

  function remove(id: string) {
    deleteJourney(id)
    refresh()
  }

  return { drafts, refresh, remove }
})
