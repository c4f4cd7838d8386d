import { CHANNELS, LANE_KINDS, TOUCHPOINT_MODES } from '@/domain'
import messages from '@/i18n/nl-BE/export'
import ui from '@/i18n/nl-BE/ui'
import map from '@/i18n/nl-BE/map'
import type { PdfLabels } from './types'

/** vue-i18n's `t`, or anything with its signature. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[]
const shape = messages.pdf

/**
 * Builds the PDF's labels from translated messages of the shape of src/i18n/nl-BE/export.ts, found under
 * `base` (default "export.pdf"). Call it where `t` is at hand (a component) and pass the result to exportPdf.
 */
export function createPdfLabels(t: Translate, base = 'export.pdf'): PdfLabels {
  const m = (key: string, params?: Record<string, unknown>) => t(`${base}.${key}`, params)
  const shared = <K extends string>(name: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, t(`${name}.${k}`)])) as Record<K, string>
  const group = <K extends string>(name: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, m(`${name}.${k}`)])) as Record<K, string>
  return {
    sheetHeader: (from, to, count) =>
      from === to ? t('map.sheetSingle', { from, count }) : t('map.sheetOf', { from, to, count }),
    page: (page, count) => m('page', { page, count }),
    continued: m('continued'),
    untitled: m('untitled'),
    noPhases: m('noPhases'),
    imageUnavailable: m('imageUnavailable'),
    fields: shared('map', ['case', 'goal', 'central', 'general', 'date'] as const),
    // Lane and channel names are the same words as on screen: read from the shared UI messages.
    lanes: shared('lanes', LANE_KINDS),
    channels: shared('channels', CHANNELS),
    modes: group('modes', TOUCHPOINT_MODES),
    rows: group('rows', keysOf(shape.rows)),
    // The words of the legend and the cards are the map's own: one text for screen, print and PDF.
    positive: t('map.positive'),
    negative: t('map.negative'),
    aha: t('map.aha'),
    generalExtra: t('map.generalExtra'),
    legend: shared('map.legend', keysOf(map.legend)),
  }
}

/**
 * A minimal `t` over a plain messages object: dotted keys, `{name}` placeholders. For tests and for callers
 * without vue-i18n; the app should pass its own `t`.
 */
export function translateFrom(root: object): Translate {
  return (key, params = {}) => {
    let node: unknown = root
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
    if (typeof node !== 'string') return key
    return node.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    )
  }
}

/** The Dutch labels, straight from src/i18n/nl-BE/export.ts. */
export const dutchPdfLabels = (): PdfLabels =>
  createPdfLabels(translateFrom({ export: messages, lanes: ui.lanes, channels: ui.channels, map }))
