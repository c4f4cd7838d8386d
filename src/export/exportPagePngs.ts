import { firstBaselinePt, PT, type Box, type PosterPage } from '@/domain/layout/poster/drawing'

/**
 * The poster's pages as PNG pictures, one per page, for the Word report: drawn straight from the layout's
 * boxes on a canvas (no copy of the document, no library), so a page takes milliseconds and every line sits
 * where the PDF and the print view put it. The font must be loaded in the page first (the map's
 * `loadPosterFont`): the layout measured its lines with it.
 */
export interface PagePng {
  data: Uint8Array
  width: number
  height: number
}

/** 120 dpi: 8 pt text stays legible when Word shows an A4 page at its width, and a page stays small. */
const PX_PER_MM = 120 / 25.4

export async function exportPagePngs(
  pages: readonly PosterPage[],
  o: { fontFamily: string; signal?: AbortSignal; pxPerMm?: number },
): Promise<PagePng[]> {
  const k = o.pxPerMm ?? PX_PER_MM
  const images = await loadImages(pages)
  const out: PagePng[] = []
  for (const page of pages) {
    o.signal?.throwIfAborted()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(page.width * k)
    canvas.height = Math.round(page.height * k)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('canvas-too-large')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.scale(k, k)
    for (const box of page.boxes) drawBox(ctx, box, o.fontFamily, images)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('canvas-too-large')
    out.push({ data: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height })
  }
  return out
}

async function loadImages(pages: readonly PosterPage[]): Promise<Map<string, HTMLImageElement>> {
  const urls = new Set(pages.flatMap((p) => p.boxes.flatMap((b) => (b.type === 'image' ? [b.dataUrl] : []))))
  const loaded = new Map<string, HTMLImageElement>()
  for (const url of urls) {
    const img = new Image()
    img.src = url
    try {
      await img.decode()
      loaded.set(url, img)
    } catch {
      // A damaged image is drawn as its frame, as in the PDF.
    }
  }
  return loaded
}

type Ctx = CanvasRenderingContext2D

function stroke(ctx: Ctx, color: string, width: number, dash = false) {
  ctx.strokeStyle = color
  ctx.lineWidth = width
  ctx.setLineDash(dash ? [1, 0.8] : [])
  ctx.stroke()
}

function rectPath(ctx: Ctx, box: Extract<Box, { type: 'rect' }>) {
  const { x, y, w, h } = box
  ctx.beginPath()
  if (box.chevron) {
    // The phase line's arrow, as the print view clips it.
    const c = Math.min(h / 2, 3)
    ctx.moveTo(x, y)
    ctx.lineTo(x + w - c, y)
    ctx.lineTo(x + w, y + h / 2)
    ctx.lineTo(x + w - c, y + h)
    ctx.lineTo(x, y + h)
    ctx.lineTo(x + c, y + h / 2)
    ctx.closePath()
  } else if (box.radius) ctx.roundRect(x, y, w, h, box.radius)
  else ctx.rect(x, y, w, h)
}

function drawBox(ctx: Ctx, box: Box, family: string, images: Map<string, HTMLImageElement>) {
  switch (box.type) {
    case 'rect': {
      rectPath(ctx, box)
      if (box.fill) {
        ctx.fillStyle = box.fill
        ctx.fill()
      }
      if (box.hatch) {
        // Diagonal stripes, so a negative moment stays apart from a positive one in black and white.
        ctx.save()
        ctx.clip()
        ctx.beginPath()
        for (let d = 1.6; d < box.w + box.h; d += 1.6) {
          ctx.moveTo(box.x + d, box.y)
          ctx.lineTo(box.x + d - box.h, box.y + box.h)
        }
        stroke(ctx, box.hatch, 0.2)
        ctx.restore()
        rectPath(ctx, box)
      }
      if (box.stroke) stroke(ctx, box.stroke, box.strokeWidth ?? 0.25, box.dash)
      return
    }
    case 'text': {
      ctx.font = `${box.weight === 'bold' ? 700 : 400} ${box.size * PT}px "${family}"`
      ctx.fillStyle = box.color
      ctx.textBaseline = 'alphabetic'
      ctx.textAlign = box.align ?? 'left'
      const x = box.align === 'right' ? box.x + box.w : box.align === 'center' ? box.x + box.w / 2 : box.x
      const base = box.y + firstBaselinePt(box.size) * PT
      box.lines.forEach((line, i) => line && ctx.fillText(line, x, base + i * box.lineHeight))
      return
    }
    case 'line':
      ctx.beginPath()
      ctx.moveTo(box.x1, box.y1)
      ctx.lineTo(box.x2, box.y2)
      stroke(ctx, box.color, box.width, box.dash)
      return
    case 'polyline':
      ctx.beginPath()
      box.points.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)))
      ctx.lineJoin = 'round'
      stroke(ctx, box.color, box.width)
      ctx.lineJoin = 'miter'
      return
    case 'dot':
      ctx.beginPath()
      if (box.shape === 'circle') ctx.arc(box.cx, box.cy, box.r, 0, 2 * Math.PI)
      else ctx.rect(box.cx - box.r, box.cy - box.r, 2 * box.r, 2 * box.r)
      if (box.fill) {
        ctx.fillStyle = box.fill
        ctx.fill()
      }
      stroke(ctx, box.stroke, 0.3)
      return
    case 'icon': {
      ctx.save()
      ctx.translate(box.x, box.y)
      ctx.scale(box.size / 24, box.size / 24)
      ctx.lineCap = 'round'
      ctx.lineJoin = 'round'
      ctx.strokeStyle = box.color
      ctx.lineWidth = 2
      ctx.setLineDash([])
      ctx.stroke(new Path2D(box.path))
      ctx.restore()
      return
    }
    case 'image': {
      const img = images.get(box.dataUrl)
      if (img) ctx.drawImage(img, box.x, box.y, box.w, box.h)
      else {
        ctx.beginPath()
        ctx.rect(box.x, box.y, box.w, box.h)
        stroke(ctx, '#8a8a8a', 0.25)
      }
    }
  }
}
