/** Browsers give a blank canvas, without an error, past 65,535 px per side or about 268 million pixels. */
export const MAX_CANVAS_SIDE = 65_535
export const MAX_CANVAS_AREA = 268_435_456
const SAFETY = 0.98

/**
 * The pixels a PNG may have: allocating the canvas, drawing and PNG-encoding all grow with them. 32 M
 * pixels is about 200 dpi for six A3 sheets side by side; smaller maps get twice their size.
 */
export const PIXEL_BUDGET = 32_000_000

/**
 * The largest scale up to `preferred` at which a canvas of this size stays within the browser's limits and
 * the pixel budget; never below 1, the map's own size, unless the browser's limits demand it.
 */
export function safeScale(width: number, height: number, preferred = 2): number {
  const area = Math.max(width * height, 1)
  const bySide = (MAX_CANVAS_SIDE * SAFETY) / Math.max(width, height, 1)
  const byArea = Math.sqrt((MAX_CANVAS_AREA * SAFETY) / area)
  const byBudget = Math.max(1, Math.sqrt(PIXEL_BUDGET / area))
  return Math.min(preferred, bySide, byArea, byBudget)
}

/**
 * The journey's sheets as one PNG, side by side as they are taped to the wall: each page element of the
 * print view (the same pages the PDF draws) is drawn with html2canvas-pro, at its full size whatever the
 * preview's scaling, then placed on one canvas. The library loads here, on first use.
 */
export async function exportPng(
  pages: HTMLElement[],
  signal?: AbortSignal,
): Promise<{ blob: Blob; width: number; height: number }> {
  const { default: html2canvas } = await import('html2canvas-pro')
  const sizes = pages.map((p) => ({ w: p.offsetWidth, h: p.offsetHeight }))
  const totalWidth = sizes.reduce((s, p) => s + p.w, 0)
  const height = Math.max(1, ...sizes.map((p) => p.h))
  const scale = safeScale(totalWidth, height)
  const out = document.createElement('canvas')
  out.width = Math.round(totalWidth * scale)
  out.height = Math.round(height * scale)
  const context = out.getContext('2d')
  if (!context) throw new Error('canvas-too-large')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, out.width, out.height)
  let x = 0
  for (const [i, page] of pages.entries()) {
    signal?.throwIfAborted()
    const size = sizes[i] as { w: number; h: number }
    const canvas = await html2canvas(page, {
      scale,
      backgroundColor: '#ffffff',
      width: size.w,
      height: size.h,
      logging: false,
      useCORS: false,
      // The preview shows the page scaled down; the image is drawn at the page's own size.
      onclone: (_doc, element) => {
        element.style.transform = 'none'
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          parent.style.overflow = 'visible'
          parent.style.transform = 'none'
        }
      },
    })
    context.drawImage(canvas, Math.round(x * scale), 0)
    x += size.w
  }
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('canvas-too-large')
  return { blob, width: out.width, height: out.height }
}
