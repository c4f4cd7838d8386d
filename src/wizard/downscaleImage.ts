/** Longest side of a stored image: sharp enough for an A3 map, small enough for a draft in browser storage. */
export const MAX_IMAGE_SIDE = 1200
const JPEG_QUALITY = 0.8

export interface DownscaledImage {
  dataUrl: string
  width: number
  height: number
}

/**
 * Reads an image file and re-encodes it in the browser, no larger than MAX_IMAGE_SIDE, as JPEG (PNG when it
 * has transparency would need a check per pixel; a white background is good enough for a printed map).
 * Rejects when the file is not an image the browser can decode.
 */
export async function downscaleImage(file: File): Promise<DownscaledImage> {
  if (!/^image\/(jpeg|png|webp|gif)$/.test(file.type)) throw new Error('not-an-image')
  const bitmap = await createImageBitmap(file)
  const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(bitmap.width, bitmap.height))
  const width = Math.max(1, Math.round(bitmap.width * scale))
  const height = Math.max(1, Math.round(bitmap.height * scale))
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no-canvas')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.drawImage(bitmap, 0, 0, width, height)
  bitmap.close()
  return { dataUrl: canvas.toDataURL('image/jpeg', JPEG_QUALITY), width, height }
}
