/** Browsers give a blank canvas, without an error, past 65,535 px per side or about 268 million pixels. */
export const MAX_CANVAS_SIDE = 65_535
export const MAX_CANVAS_AREA = 268_435_456
const SAFETY = 0.98

/**
 * The pixels a PNG may have: allocating the canvas, drawing and PNG-encoding all grow with them. 16 M
 * pixels is about 140 dpi for six A3 sheets side by side (8 pt text stays sharp on a screen at 100 %);
 * smaller maps get twice their size.
 */
export const PIXEL_BUDGET = 16_000_000

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
 * The journey's sheets as one PNG, side by side as they are taped to the wall: copies of the print view's
 * page elements (the same pages the PDF draws), unscaled, in one row outside the viewport, drawn by
 * html2canvas-pro in one go. The library loads here, on first use.
 */
export async function exportPng(
  pages: HTMLElement[],
  signal?: AbortSignal,
  /** The poster font as @font-face rules and its family: html2canvas draws in a copy of the page. */
  font?: PngFont,
): Promise<{ blob: Blob; width: number; height: number }> {
  const { default: html2canvas } = await import('html2canvas-pro')
  signal?.throwIfAborted()
  const strip = document.createElement('div')
  strip.setAttribute('aria-hidden', 'true')
  // Out of sight, not hidden: html2canvas draws what is laid out.
  strip.style.cssText =
    'position:fixed;left:-200000px;top:0;display:flex;align-items:flex-start;background:#fff'
  for (const page of pages) {
    const copy = page.cloneNode(true) as HTMLElement
    copy.style.transform = 'none'
    copy.style.flex = 'none'
    strip.appendChild(copy)
  }
  document.body.appendChild(strip)
  try {
    const width = Math.max(1, strip.scrollWidth)
    const height = Math.max(1, strip.scrollHeight)
    const scale = safeScale(width, height)
    const canvas = await html2canvas(strip, {
      scale,
      backgroundColor: '#ffffff',
      width,
      height,
      x: 0,
      y: 0,
      scrollX: 0,
      scrollY: 0,
      windowWidth: width,
      windowHeight: height,
      logging: false,
      useCORS: false,
      // The copy of the document holds the strip, what holds it and the styles: not the map on screen nor
      // the preview (copying those for each page made a large journey's image ten times slower).
      ignoreElements: (el) =>
        !(
          el === strip ||
          el.contains(strip) ||
          strip.contains(el) ||
          el.tagName === 'STYLE' ||
          el.tagName === 'LINK' ||
          !!el.ownerDocument.head?.contains(el)
        ),
      onclone: async (doc, element) => {
        element.style.left = '0'
        await prepareCopy(doc, element, font, scale)
      },
    })
    signal?.throwIfAborted()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('canvas-too-large')
    return { blob, width: canvas.width, height: canvas.height }
  } finally {
    strip.remove()
  }
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
