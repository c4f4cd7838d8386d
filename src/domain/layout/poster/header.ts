import type { Journey } from '../../schema'
import type { Appendix } from './appendix'
import { frame, row, stack, text, type Block } from './block'
import { COLORS, type Box } from './boxes'
import type { PosterLabels } from './labels'
import type { TypeScale } from './paper'

/**
 * What every sheet says about itself, so a sheet on the wall stands alone: title, goal, case, who is
 * central, which phases it shows, and the legend. Long texts are cut here and printed whole in the appendix.
 */
export interface SheetHeaderInput {
  journey: Journey
  labels: PosterLabels
  scale: TypeScale
  appendix: Appendix
  width: number
  /** "Fase 1–3 van 9 · Blad 1 van 4 · Laatst gewijzigd …" */
  meta: string
}

export function centralText(journey: Journey, labels: PosterLabels): string {
  const persona = journey.central.mode === 'persona' ? journey.central.personas[0] : undefined
  if (!persona) return [labels.general, journey.central.generalNote].filter((s) => s.trim()).join(' – ')
  const needs = persona.needs.trim() ? ` ${labels.personaNeeds}: ${persona.needs}` : ''
  return `${[persona.name, persona.description].filter((s) => s.trim()).join(' – ')}${needs}`
}

function fact(label: string, value: string, o: SheetHeaderInput, width: number, maxLines: number): Block {
  return stack(
    [
      text(label, { size: o.scale.small, weight: 'bold', color: COLORS.muted, width, maxLines: 1 }),
      text(value || '–', {
        size: o.scale.body,
        weight: label === o.labels.goal ? 'bold' : 'regular',
        color: COLORS.ink,
        width,
        maxLines,
        mark: () => o.labels.seeAppendix(o.appendix.note(label, value)),
      }),
    ],
    0.2,
  )
}

/** The signs of the map, in two columns. */
export function legend(labels: PosterLabels, scale: TypeScale, width: number): Block {
  const l = labels.legend
  const entries = [
    `+2 ${l.positive}`,
    `−1 ${l.negative}`,
    `★ ${l.aha}`,
    `✓ ${l.strength}`,
    `↪ ${l.handoff}`,
    `? ${l.assumption}`,
  ]
  const third = (width - 4) / 3
  const column = (list: string[]) =>
    stack(
      list.map((e) => text(e, { size: scale.small, color: COLORS.ink, width: third, maxLines: 2 })),
      0.3,
    )
  const body = stack(
    [
      text(`${labels.legendTitle} – ${l.curve}`, {
        size: scale.small,
        weight: 'bold',
        color: COLORS.ink,
        width: width - 2,
        maxLines: 2,
      }),
      row([0, 1, 2].map((k) => ({ dx: k * (third + 1), block: column(entries.slice(2 * k, 2 * k + 2)) }))),
    ],
    0.3,
  )
  return frame(body, {
    width,
    padding: 1,
    stroke: COLORS.line,
    strokeWidth: 0.25,
    fill: COLORS.white,
    radius: 1,
  })
}

export function sheetHeader(o: SheetHeaderInput): Block {
  const gap = o.scale.body * 0.45
  const legendWidth = Math.min(o.width * 0.36, o.scale.body * 15)
  const left = o.width - legendWidth - gap
  const third = (left - 2 * gap) / 3
  const j = o.journey
  const title = text(j.title || o.labels.untitled, {
    size: o.scale.title * 0.85,
    weight: 'bold',
    color: COLORS.ink,
    width: left,
    maxLines: 1,
    tag: 'title',
  })
  const meta = text(o.meta, { size: o.scale.small, color: COLORS.muted, width: left, maxLines: 1 })
  const facts = row([
    { dx: 0, block: fact(o.labels.goal, j.goal, o, third, 2) },
    { dx: third + gap, block: fact(o.labels.case, j.caseDescription, o, third, 2) },
    { dx: 2 * (third + gap), block: fact(o.labels.central, centralText(j, o.labels), o, third, 2) },
  ])
  return row([
    { dx: 0, block: stack([title, meta, facts], gap * 0.5) },
    { dx: left + gap, block: legend(o.labels, o.scale, legendWidth) },
  ])
}

/** The footer of every page: the title and "Pagina x van y", filled in once all pages are known. */
export function footer(
  title: string,
  page: string,
  scale: TypeScale,
  x: number,
  y: number,
  width: number,
): Box[] {
  return [
    { type: 'line', x1: x, y1: y, x2: x + width, y2: y, color: COLORS.rule, width: 0.2 },
    ...text(`Klantreis – ${title}`, {
      size: scale.small,
      color: COLORS.muted,
      width: width * 0.7,
      maxLines: 1,
    }).draw(x, y + 0.6),
    ...text(page, {
      size: scale.small,
      color: COLORS.muted,
      width: width * 0.3,
      maxLines: 1,
      align: 'right',
    }).draw(x + width * 0.7, y + 0.6),
  ]
}
