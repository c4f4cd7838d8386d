import { toRaw } from 'vue'
import { useI18n } from 'vue-i18n'
import { buildMapModel, type ActionItem, type Journey } from '@/domain'
import { layoutActionsPoster, layoutPoster } from '@/domain/layout/poster'
import { createPosterLabels } from '@/i18n/posterLabels'
import { createActionTableLabels, createReportLabels } from '@/i18n/actionLabels'
import { laneName } from '@/i18n/labels'
import { downloadBlob } from '@/export/download'
import { loadPosterFont, POSTER_FONT } from '@/map/posterFont'

/**
 * The action page's three files, each made on the click that asks for it; every library loads then. Each
 * returns the name of the file handed to the browser (empty when it was stopped).
 */
export function useActionDownloads(journey: () => Journey, items: () => ActionItem[]) {
  const { t, d, locale } = useI18n()
  const plain = () => toRaw(journey())
  const nameOf = (id: string) => {
    const lane = plain().lanes.find((l) => l.id === id)
    return lane ? laneName(lane, t) : ''
  }
  const date = (iso: string) => d(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso), 'date')
  const posterLabels = () => createPosterLabels(t, date(plain().updatedAt))

  async function csv(): Promise<string> {
    const { downloadActionsCsv } = await import('@/export/exportCsv')
    return downloadActionsCsv(plain(), items(), {
      ...createActionTableLabels(t, nameOf),
      fileSuffix: t('actionPage.files.actions'),
    })
  }

  async function pdf(signal: AbortSignal): Promise<string> {
    const [{ exportPdf }, { actionsFileName }] = await Promise.all([
      import('@/export/exportPdf'),
      import('@/export/exportCsv'),
    ])
    const j = plain()
    const poster = layoutActionsPoster({
      journey: j,
      model: buildMapModel(j),
      labels: posterLabels(),
      paper: 'a4',
      laneName: nameOf,
    })
    const blob = await exportPdf(poster, {
      title: `${t('actionPage.title')} – ${j.title || t('start.untitled')}`,
      subject: j.goal,
      lang: locale.value,
      signal,
    })
    if (signal.aborted) return ''
    const file = actionsFileName(j, t('actionPage.files.actions'), 'pdf')
    downloadBlob(blob, file)
    return file
  }

  async function docx(signal: AbortSignal): Promise<string> {
    const [{ exportDocx, reportImages }, { exportPagePngs }, { actionsFileName }] = await Promise.all([
      import('@/export/exportDocx'),
      import('@/export/exportPagePngs'),
      import('@/export/exportCsv'),
      loadPosterFont(),
    ])
    const j = plain()
    const model = buildMapModel(j)
    const poster = layoutPoster({
      journey: j,
      model,
      labels: posterLabels(),
      paper: 'a4',
      laneName: (l) => laneName(l, t),
    })
    // The summary's first page (the feeling of the whole journey) and the sheets: the rest is text the
    // report holds as text already.
    const shown = poster.pages.filter((p, i) => (p.kind === 'summary' && i === 0) || p.kind === 'sheet')
    const pngs = await exportPagePngs(shown, { fontFamily: POSTER_FONT, signal })
    const images = await reportImages(j.images)
    const labels = shown.map((p) => p.label)
    const blob = await exportDocx(
      {
        journey: j,
        model,
        items: items(),
        labels: createReportLabels(t, {
          laneName: nameOf,
          date,
          now: d(new Date(), 'date'),
          changed: date(j.updatedAt),
        }),
        laneName: nameOf,
        lang: locale.value,
        images,
        pages: pngs.map((png, i) => ({ ...png, type: 'png', label: labels[i] ?? '' })),
      },
      signal,
    )
    if (signal.aborted) return ''
    const file = actionsFileName(j, t('actionPage.files.report'), 'docx')
    downloadBlob(blob, file)
    return file
  }

  return { csv, pdf, docx }
}
