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

/** Reads a file the user picked or dropped, through the domain's one normalising path. Never throws. */
export async function importJourneyFile(file: File): Promise<NormalizeResult> {
  if (file.size > MAX_FILE_CHARS * 4)
    return { ok: false, error: { key: 'errors.file.tooLarge', params: { maxMb: 20 } } }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, error: { key: 'errors.file.unreadable', params: {} } }
  }
  return readJourneyFile(text)
}
