/**
 * Runs `draw` while the map shows its whole width, not just the part that fits the window, so an image of
 * it holds every phase. Each sheet keeps the width it has on screen: a sheet is at least as wide as the
 * window (width: max(100%, …)), and widening the scroller without pinning them made every sheet as wide as
 * the whole map, a PNG of 12,304 × 5,978 px for two sheets.
 */
export async function withFullWidth<T>(root: HTMLElement, draw: () => Promise<T>): Promise<T> {
  const scroller = root.querySelector<HTMLElement>('.map-sheets')
  const sheets = [...root.querySelectorAll<HTMLElement>('.map-sheet')]
  const widths = sheets.map((sheet) => sheet.offsetWidth)
  const width = Math.max(
    root.clientWidth,
    (scroller?.scrollWidth ?? 0) + root.clientWidth - (scroller?.clientWidth ?? 0),
  )
  sheets.forEach((sheet, i) => (sheet.style.width = `${widths[i]}px`))
  root.classList.add('map-root--capture')
  root.style.width = `${width}px`
  try {
    return await draw()
  } finally {
    root.classList.remove('map-root--capture')
    root.style.width = ''
    for (const sheet of sheets) sheet.style.width = ''
  }
}
