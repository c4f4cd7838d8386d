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

export interface PngFont {
  family: string
  css: string
}

/**
 * The journey's sheets as one PNG, side by side as they are taped to the wall: each page element of the
 * print view (the same pages the PDF draws) is drawn with html2canvas-pro, at its full size whatever the
 * preview's scaling, then placed on one canvas. The library loads here, on first use.
 */
export async function exportPng(
  pages: HTMLElement[],
  signal?: AbortSignal,
  /** The poster font as @font-face rules and its family: html2canvas draws in a copy of the page. */
  font?: PngFont,
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
      onclone: async (doc, element) => {
        await prepareCopy(doc, element, font, scale)
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

/**
 * Two things html2canvas does not carry into its copy of the page: fonts added from script (the poster's,
 * through the FontFace API) and inline SVG where it sits (it offsets each <svg> by its position twice). The
 * copy gets the font as @font-face rules, loaded before it is drawn, and each small SVG becomes an <img> of
 * itself at the same place.
 */
async function prepareCopy(doc: Document, root: HTMLElement, font: PngFont | undefined, scale: number) {
  const waits: Promise<unknown>[] = []
  if (font) {
    const style = doc.createElement('style')
    style.textContent = font.css
    doc.head.appendChild(style)
    for (const weight of [400, 700]) waits.push(doc.fonts.load(`${weight} 12px '${font.family}'`))
  }
  for (const svg of [...root.querySelectorAll('svg')]) waits.push(rasterize(doc, svg, scale))
  await Promise.all(waits)
}

/** An inline SVG as a PNG <img> of the same size and place, drawn at the export's scale. */
async function rasterize(doc: Document, svg: SVGSVGElement, scale: number): Promise<void> {
  const { width, height } = svg.getBoundingClientRect()
  if (width <= 0 || height <= 0) return
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.removeAttribute('style')
  copy.removeAttribute('class')
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(Math.ceil(width * scale)))
  copy.setAttribute('height', String(Math.ceil(height * scale)))
  const source = new Image()
  source.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`
  await source.decode()
  const canvas = doc.createElement('canvas')
  canvas.width = Math.ceil(width * scale)
  canvas.height = Math.ceil(height * scale)
  canvas.getContext('2d')?.drawImage(source, 0, 0)
  const img = doc.createElement('img')
  img.src = canvas.toDataURL('image/png')
  img.setAttribute('style', svg.getAttribute('style') ?? '')
  img.alt = ''
  await img.decode().catch(() => undefined)
  svg.replaceWith(img)
}
