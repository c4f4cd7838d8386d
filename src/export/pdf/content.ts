import type { Journey, Lane } from '@/domain'
import type { MapActivity, MapInsight, MapMoment, MapPhase } from '@/map/mapModel'
import type { ItemSpec, Para } from './blocks'
import { COLORS } from './style'
import { formatScore } from './text'
import type { PdfLabels } from './types'

/** The cards of the map as text: the same signs and words as the screen map, so colour is never needed. */
export interface ContentContext {
  labels: PdfLabels
  locale: string
}

export const laneName = (lane: Lane, labels: PdfLabels) => lane.name.trim() || labels.lanes[lane.kind]

export function laneLabel(lane: Lane, { labels }: ContentContext): ItemSpec {
  const kind = labels.lanes[lane.kind]
  const sub =
    lane.name.trim() && lane.name.trim() !== kind
      ? `${labels.rows.activities} (${kind})`
      : labels.rows.activities
  return {
    paras: [
      { text: laneName(lane, labels), bold: true },
      { text: sub, muted: true, scale: 0.9 },
    ],
  }
}

export const rowLabel = (text: string): ItemSpec => ({ paras: [{ text, bold: true }] })

export const phaseItem = (phase: MapPhase): ItemSpec => ({
  paras: [{ text: `${phase.number}. ${phase.name}`, bold: true }],
})

export const phaseDescriptionItem = (phase: MapPhase): ItemSpec => ({
  paras: [{ text: phase.description, scale: 0.9 }],
})

export const activityItem = (a: MapActivity): ItemSpec => ({
  paras: [{ text: a.title, bold: true }, { text: a.description }],
  frame: true,
})

const phaseActivities = (phase: MapPhase, lanes: Lane[]) =>
  lanes.flatMap((lane) => phase.cells[lane.id] ?? [])

export function touchpointItems(phase: MapPhase, lanes: Lane[], { labels }: ContentContext): ItemSpec[] {
  return phaseActivities(phase, lanes).flatMap((a) =>
    a.touchpoints.map((tp) => ({
      paras: [{ lead: `${labels.channels[tp.channel]} (${labels.modes[tp.mode]}):`, text: tp.label }],
      fill: tp.mode === 'digital' ? COLORS.digital : undefined,
      frame: true,
    })),
  )
}

export const momentSign = (m: Pick<MapMoment, 'kind'>) => (m.kind === 'positive' ? '+' : '−')

export function momentItem(m: MapMoment, { labels, locale }: ContentContext): ItemSpec {
  const kind = m.kind === 'positive' ? labels.positive : labels.negative
  const aha = m.aha ? ` ★ ${labels.aha}` : ''
  return {
    paras: [
      { lead: `${m.ref} ${momentSign(m)} ${kind}${aha} (${formatScore(m.emotion, locale)}):`, text: m.text },
    ],
    fill: m.kind === 'positive' ? COLORS.positive : COLORS.negative,
    frame: m.aha,
  }
}

export const momentItems = (phase: MapPhase, lanes: Lane[], ctx: ContentContext): ItemSpec[] =>
  phaseActivities(phase, lanes).flatMap((a) => a.moments.map((m) => momentItem(m, ctx)))

/** "N1 ← M3: text" (need) or "K1 ← M3: text" (opportunity, kans): the letters are explained in the legend. */
export const insightItem = (insight: MapInsight): ItemSpec => ({
  paras: [{ lead: `${insight.ref} ← ${insight.momentRef}:`, text: insight.text }],
  frame: true,
})

export function figureItem(f: Journey['figures'][number]): ItemSpec {
  return {
    paras: [{ text: `${f.value} ${f.unit}`.trim(), bold: true, scale: 1.25 }, { text: f.label }],
    frame: true,
  }
}

export function quoteItem(q: Journey['quotes'][number]): ItemSpec {
  // The user's own quotation marks are kept; marks are added only when the text has none.
  const said = q.text.trim()
  const quoted = /^["“‘„'«]/.test(said) ? said : said && `“${said}”`
  const paras: Para[] = [{ text: quoted }]
  if (q.role.trim()) paras.push({ text: `– ${q.role}`, muted: true })
  return { paras, frame: true }
}

export function imageItem(image: Journey['images'][number]): ItemSpec {
  const paras: Para[] = [{ text: image.caption }]
  if (image.alt.trim() && image.alt.trim() !== image.caption.trim())
    paras.push({ text: image.alt, muted: true, scale: 0.9 })
  return { image: { dataUrl: image.dataUrl, width: image.width, height: image.height }, paras }
}

/** The extra rows (figures, quotes, images) of some phases, or of the general part. */
export function extraItems(part: Pick<MapPhase, 'figures' | 'quotes' | 'images'>) {
  return {
    figures: part.figures.map(figureItem),
    quotes: part.quotes.map(quoteItem),
    images: part.images.map(imageItem),
  }
}
