const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button:not([disabled]), a[href]'

const focusFirst = (element: Element | null | undefined): boolean => {
  const target = element?.matches(FOCUSABLE) ? element : element?.querySelector(FOCUSABLE)
  if (!(target instanceof HTMLElement)) return false
  target.focus()
  return true
}

/**
 * Call when a remove button of a list item is pressed. Removing the focused button drops focus to the page
 * itself, and a keyboard or screen-reader user is sent back to the top (WCAG 2.4.3). Once the item has gone,
 * now or after a confirmation dialog, and only if focus went with it, this focuses the next item, else the
 * previous one, else the first control after the list (its "add" button).
 */
export function keepFocusNear(from: Element): void {
  const item = from.closest('li')
  const list = item?.parentElement
  if (!item || !list) return
  const index = [...list.children].indexOf(item)
  const observer = new MutationObserver(() => {
    if (item.isConnected) return
    observer.disconnect()
    // After the current task: a confirmation dialog first hands focus back to its (removed) opener.
    setTimeout(() => {
      const active = document.activeElement
      if (active && active !== document.body && active.isConnected) return
      if (!list.isConnected) return
      if (focusFirst(list.children[index]) || focusFirst(list.children[index - 1])) return
      for (let sibling = list.nextElementSibling; sibling; sibling = sibling.nextElementSibling)
        if (focusFirst(sibling)) return
    })
  })
  observer.observe(list, { childList: true })
}
