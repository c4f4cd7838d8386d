import {
  buildMapModel,
  FEEDBACK_EXTENSION,
  REVIEW_EXTENSION,
  toReviewFile,
  type Journey,
  type Lane,
} from '@/domain'
import { layoutReviewSheet, type ReviewSheetLabels } from '@/domain/layout/poster'
import { exportPdf } from './exportPdf'
import { exportFileName } from './fileName'

/** The review file a colleague opens in review mode: "klantreis-<titel>.nalezen.klantreis.json". */
export function reviewFile(
  journey: Journey,
  round: string,
  now = new Date(),
): { blob: Blob; fileName: string } {
  return {
    blob: new Blob([toReviewFile(journey, round, now)], { type: 'application/json' }),
    fileName: exportFileName(journey, REVIEW_EXTENSION.slice(1)),
  }
}

/** The colleague's feedback file, named after the journey and their role so several can sit in one folder. */
export function feedbackFile(text: string, title: string, by: string): { blob: Blob; fileName: string } {
  return {
    blob: new Blob([text], { type: 'application/json' }),
    fileName: exportFileName({ title: [title, by].filter(Boolean).join(' ') }, FEEDBACK_EXTENSION.slice(1)),
  }
}

/** The printable A4 review sheet, as a PDF drawn like the poster. */
export async function reviewSheetPdf(
  journey: Journey,
  options: { labels: ReviewSheetLabels; laneName: (lane: Lane) => string; title: string; lang: string },
): Promise<{ blob: Blob; fileName: string }> {
  const sheet = layoutReviewSheet({
    journey,
    model: buildMapModel(journey),
    labels: options.labels,
    laneName: options.laneName,
  })
  const blob = await exportPdf(sheet, { title: options.title, subject: journey.goal, lang: options.lang })
  return { blob, fileName: exportFileName({ title: options.title }, 'pdf') }
}
