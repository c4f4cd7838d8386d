import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'
import { PAPERS, type Paper } from './sheets'

const MM = 96 / 25.4
const MARGIN_MM = 8
const CLASS = 'print-layout'

/**
 * Makes every sheet fit one page. Chromium never splits a wide element across pages and would split a tall
 * table across pages (repeating its header), so before printing the map switches to its print layout, and
 * each sheet gets the largest zoom at which it is no taller than the page. The `@page` size follows the paper
 * the user picked. Triggered by `beforeprint`/`afterprint` and by the print media query (emulated print, as
 * automated PDF printing uses, fires no beforeprint).
 */
export function usePrintLayout(root: Ref<HTMLElement | null>, paper: Ref<Paper>) {
  const style = document.createElement('style')
  style.id = 'klantreis-page'
  const setPage = () => {
    style.textContent = `@page { size: ${paper.value.toUpperCase()} landscape; margin: ${MARGIN_MM}mm; }`
  }

  function fit() {
    const { width, height } = PAPERS[paper.value]
    const pageWidth = (width - 2 * MARGIN_MM) * MM
    const pageHeight = (height - 2 * MARGIN_MM) * MM - 2
    document.documentElement.classList.add(CLASS)
    for (const sheet of root.value?.querySelectorAll<HTMLElement>('.map-sheet') ?? []) {
      let lo = 0.35
      let hi = 1
      const fits = (zoom: number) => {
        sheet.style.zoom = String(zoom)
        sheet.style.width = `${pageWidth / zoom}px`
        return sheet.offsetHeight * zoom <= pageHeight
      }
      if (!fits(1)) {
        for (let i = 0; i < 8; i++) {
          const mid = (lo + hi) / 2
          if (fits(mid)) lo = mid
          else hi = mid
        }
        fits(lo)
      }
    }
  }

  function unfit() {
    document.documentElement.classList.remove(CLASS)
    for (const sheet of root.value?.querySelectorAll<HTMLElement>('.map-sheet') ?? []) {
      sheet.style.zoom = ''
      sheet.style.width = ''
    }
  }

  const media = window.matchMedia('print')
  const onMedia = (event: MediaQueryListEvent) => (event.matches ? fit() : unfit())

  onMounted(() => {
    setPage()
    document.head.appendChild(style)
    window.addEventListener('beforeprint', fit)
    window.addEventListener('afterprint', unfit)
    media.addEventListener('change', onMedia)
  })
  onBeforeUnmount(() => {
    style.remove()
    unfit()
    window.removeEventListener('beforeprint', fit)
    window.removeEventListener('afterprint', unfit)
    media.removeEventListener('change', onMedia)
  })
  watch(paper, setPage)

  return { fit, unfit }
}
