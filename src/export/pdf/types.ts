import type { Channel, Lane, TouchpointMode } from '@/domain'

/**
 * Everything the PDF says that the user did not write, already translated. Formatted labels are functions,
 * so the PDF code never parses message syntax. `createPdfLabels` (labels.ts) builds this from vue-i18n's `t`.
 */
export interface PdfLabels {
  /** "Fase 1–6 van 12" (1-based phase numbers, count = number of phases); "Fase 3 van 12" when from = to. */
  sheetHeader: (from: number, to: number, count: number) => string
  /** "Pagina 2 van 5", in the footer of every page. */
  page: (page: number, count: number) => string
  /** Added to the sheet header and row labels when a sheet continues on an extra page: "(vervolg)". */
  continued: string
  /** Shown instead of an empty title. */
  untitled: string
  /** Shown on the sheet page of a journey without phases. */
  noPhases: string
  /** Shown in the frame of an image the PDF library could not draw (the caption is still printed). */
  imageUnavailable: string
  fields: { case: string; goal: string; central: string; general: string; date: string }
  lanes: Record<Lane['kind'], string>
  channels: Record<Channel, string>
  /** Lower case, printed in brackets after a touchpoint: "(digitaal)". */
  modes: Record<TouchpointMode, string>
  rows: {
    phases: string
    activities: string
    touchpoints: string
    moments: string
    curve: string
    insights: string
    figures: string
    quotes: string
    images: string
  }
  positive: string
  negative: string
  aha: string
  /** Heading above the figures, quotes and images that belong to no phase. */
  generalExtra: string
  legend: {
    title: string
    positive: string
    negative: string
    aha: string
    digital: string
    physical: string
    refs: string
    curve: string
  }
}

/** The TrueType files the PDF embeds (DejaVu Sans regular and bold), as raw bytes. */
export interface PdfFonts {
  regular: ArrayBuffer | Uint8Array
  bold: ArrayBuffer | Uint8Array
}

export interface PdfOptions {
  paper: 'a3' | 'a4'
  labels: PdfLabels
  /** BCP 47 locale for the date, e.g. "nl-BE". */
  locale: string
  /** Injected in tests; the default fetches the fonts Vite emitted as assets. */
  loadFonts?: () => Promise<PdfFonts>
}
