import { fileKind, readFeedbackFile, type FileError, type NormalizeResult } from '@/domain'
import { importJourneyFile, readFileText } from './exportJson'

/**
 * A file the user opened on the start page, whichever Klantreis file it is: a journey to import, a review
 * file from a colleague (opens review mode), or a feedback file (goes back into the journey it is about).
 */
export type OpenedFile =
  | { kind: 'journey'; result: NormalizeResult }
  | { kind: 'review'; text: string }
  | { kind: 'feedback'; text: string; journeyId: string; title: string }
  | { kind: 'error'; error: FileError }

export async function openPickedFile(file: File): Promise<OpenedFile> {
  const read = await readFileText(file)
  if (!read.ok) return { kind: 'error', error: read.error }
  const kind = fileKind(read.text)
  if (kind === 'review') return { kind: 'review', text: read.text }
  if (kind === 'feedback') {
    const feedback = readFeedbackFile(read.text)
    if (!feedback.ok) return { kind: 'error', error: feedback.error }
    return {
      kind: 'feedback',
      text: read.text,
      journeyId: feedback.feedback.journeyId,
      title: feedback.feedback.journeyTitle,
    }
  }
  return { kind: 'journey', result: await importJourneyFile(file, read.text) }
}
