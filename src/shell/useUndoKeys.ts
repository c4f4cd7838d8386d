import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { useJourneyStore } from '@/stores/journey'

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes (⌘ on a Mac) anywhere in the wizard, also while typing:
 * the history keeps a burst of typing in one field as one step, so the keys do what a text field would do,
 * and they also undo a removed card, which a text field's own undo cannot.
 */
export function useUndoKeys(root: Ref<HTMLElement | null>) {
  const store = useJourneyStore()
  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    const key = event.key.toLowerCase()
    const redo = (key === 'z' && event.shiftKey) || key === 'y'
    const undo = key === 'z' && !event.shiftKey
    if (!undo && !redo) return
    if (document.querySelector('dialog[open]')) return
    event.preventDefault()
    if (redo) store.redo()
    else store.undo()
  }
  onMounted(() => root.value?.addEventListener('keydown', onKey))
  onBeforeUnmount(() => root.value?.removeEventListener('keydown', onKey))
}
