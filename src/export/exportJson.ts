import {
  FILE_EXTENSION,
  MAX_FILE_CHARS,
  readJourneyFile,
  toFile,
  type Journey,
  type NormalizeResult,
} from '@/domain'
import { exportFileName } from './fileName'

/** The journey as a `.klantreis.json` file: the domain's envelope (type, version, export time, journey). */
export function journeyFile(journey: Journey, now = new Date()): { blob: Blob; fileName: string } {
  return {
    blob: new Blob([toFile(journey, now)], { type: 'application/json' }),
    fileName: exportFileName(journey, FILE_EXTENSION.slice(1)),
  }
}

/** A picked file's text; a file too large to be ours is refused before it is read. Never throws. */
export async function readFileText(
  file: File,
): Promise<
  { ok: true; text: string } | { ok: false; error: { key: string; params: Record<string, number> } }
> {
  if (file.size > MAX_FILE_CHARS * 4)
    return { ok: false, error: { key: 'errors.file.tooLarge', params: { maxMb: 20 } } }
  try {
    return { ok: true, text: await file.text() }
  } catch {
    return { ok: false, error: { key: 'errors.file.unreadable', params: {} } }
  }
}

/** Reads a file the user picked or dropped, through the domain's one normalising path. Never throws. */
export async function importJourneyFile(file: File, known?: string): Promise<NormalizeResult> {
  if (known !== undefined) return readJourneyFile(known)
  const read = await readFileText(file)
  return read.ok ? readJourneyFile(read.text) : read
}
