/** Browsers give a blank canvas, without an error, past 65,535 px per side or about 268 million pixels. */
export const MAX_CANVAS_SIDE = 65_535
export const MAX_CANVAS_AREA = 268_435_456
const SAFETY = 0.98

/**
 * The pixels a PNG may have: allocating the canvas, drawing and PNG-encoding all grow with them (a 12-phase
 * map at scale 2 is 56 M pixels and took 2.4 s). 32 M pixels is still about 300 dpi for a 12-phase map
 * printed on A3; smaller maps keep scale 2.
 */
export const PIXEL_BUDGET = 32_000_000

/**
 * The largest scale up to `preferred` at which a canvas of the element's size stays within the browser's
 * limits and the pixel budget; never below 1, the map's own size, unless the browser's limits demand it.
 */
export function safeScale(width: number, height: number, preferred = 2): number {
  const area = Math.max(width * height, 1)
  const bySide = (MAX_CANVAS_SIDE * SAFETY) / Math.max(width, height, 1)
  const byArea = Math.sqrt((MAX_CANVAS_AREA * SAFETY) / area)
  const byBudget = Math.max(1, Math.sqrt(PIXEL_BUDGET / area))
  return Math.min(preferred, bySide, byArea, byBudget)
}

/**
 * Draws the element (the whole map) into a PNG with html2canvas-pro, at scale 2 or lower for huge maps.
 * The library is loaded here, on first use, so it is not part of the first-load JavaScript.
 */
export async function exportPng(
  element: HTMLElement,
): Promise<{ blob: Blob; width: number; height: number }> {
  const { default: html2canvas } = await import('html2canvas-pro')
  const width = element.scrollWidth
  const height = element.scrollHeight
  const canvas = await html2canvas(element, {
    scale: safeScale(width, height),
    backgroundColor: '#ffffff',
    width,
    height,
    windowWidth: Math.max(width, document.documentElement.clientWidth),
    logging: false,
    useCORS: false,
    // Text for screen readers only is never drawn; html2canvas would still parse every node of it (150 of
    // the large map's 2,100 elements), and its time grows with the node count.
    onclone: (clone) => {
      for (const hidden of clone.querySelectorAll('.map-root .visually-hidden')) hidden.remove()
    },
  })
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('canvas-too-large')
  return { blob, width: canvas.width, height: canvas.height }
}
