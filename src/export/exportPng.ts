/** Browsers give a blank canvas, without an error, past 65,535 px per side or about 268 million pixels. */
export const MAX_CANVAS_SIDE = 65_535
export const MAX_CANVAS_AREA = 268_435_456
const SAFETY = 0.98

/** The largest scale up to `preferred` at which a canvas of the element's size stays within the limits. */
export function safeScale(width: number, height: number, preferred = 2): number {
  const bySide = (MAX_CANVAS_SIDE * SAFETY) / Math.max(width, height, 1)
  const byArea = Math.sqrt((MAX_CANVAS_AREA * SAFETY) / Math.max(width * height, 1))
  return Math.min(preferred, bySide, byArea)
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
  })
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('canvas-too-large')
  return { blob, width: canvas.width, height: canvas.height }
}
