import type { JourneyImage } from '@/domain'
import { buildReport } from './report/build'
import type { ReportImage, ReportInput } from './report/types'

export type { ReportImage, ReportInput, ReportLabels, ReportPage } from './report/types'

/**
 * The Word report (.docx) for colleagues who will not open the app. The `docx` library loads here, on first
 * use, so it is in no other chunk. Everything is made in the browser (or in Node, for the tests). Its parts
 * live in `report/`: a folder named `docx` would match the lint rule that keeps the library out of static
 * imports.
 */
export async function exportDocx(input: ReportInput, signal?: AbortSignal): Promise<Blob> {
  const docx = await import('docx')
  signal?.throwIfAborted()
  const blob = await docx.Packer.toBlob(buildReport(docx, input))
  signal?.throwIfAborted()
  return blob
}

/** The bytes of a base64 data URL. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1)
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * The journey's images as Word takes them: PNG and JPEG as they are; WebP, which Word cannot show, drawn
 * again as PNG (`toPng`, a canvas in the browser). An image that cannot be read is left out.
 */
export async function reportImages(
  images: readonly JourneyImage[],
  toPng: (dataUrl: string) => Promise<Uint8Array> = canvasPng,
): Promise<Map<string, ReportImage>> {
  const out = new Map<string, ReportImage>()
  for (const img of images) {
    const type = /^data:image\/(jpeg|png|webp);/.exec(img.dataUrl)?.[1]
    try {
      const data = type === 'webp' ? await toPng(img.dataUrl) : dataUrlBytes(img.dataUrl)
      out.set(img.id, { data, type: type === 'jpeg' ? 'jpg' : 'png', width: img.width, height: img.height })
    } catch {
      // A damaged image: the rest of the report is worth more than stopping here.
    }
  }
  return out
}

async function canvasPng(dataUrl: string): Promise<Uint8Array> {
  const image = new Image()
  image.src = dataUrl
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = image.naturalWidth
  canvas.height = image.naturalHeight
  canvas.getContext('2d')?.drawImage(image, 0, 0)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('canvas-too-large')
  return new Uint8Array(await blob.arrayBuffer())
}
