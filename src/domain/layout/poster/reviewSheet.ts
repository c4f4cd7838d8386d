import type { Journey, Lane } from '../../schema'
import type { MapModel } from '../../map/mapModel'
import { frame, stack, text, type Block } from './block'
import { COLORS, type Box, type PosterPage } from './boxes'
import { footer } from './header'
import { typeScale, type Paper } from './paper'
import type { Poster } from './poster'

/**
 * The review sheet on paper, for colleagues who read with a pen: the journey in reading order, A4 upright,
 * with a box to tick and write in for every part of the method, every step and every moment. The same boxes
 * as the poster, so the PDF renderer draws it and text is measured, never overflowing.
 */
export interface ReviewSheetLabels {
  title: (journeyTitle: string) => string
  intro: string
  role: string
  date: string
  /** "□ Klopt   □ Klopt niet" */
  tick: string
  remark: string
  goal: string
  case: string
  central: string
  phases: string
  phaseN: (n: number, name: string) => string
  stepN: (n: number, lane: string, title: string) => string
  touchpoints: (list: string) => string
  momentN: (n: number, feeling: string, text: string) => string
  positive: string
  negative: string
  insights: string
  needN: (n: number, text: string) => string
  opportunityN: (n: number, text: string) => string
  missing: string
  extra: string
  page: (n: number, count: number) => string
  untitled: string
}

export const REVIEW_PAPER: Paper = { id: 'a4', kind: 'tiles', width: 210, height: 297, margin: 14, body: 10 }

interface Input {
  journey: Journey
  model: MapModel
  labels: ReviewSheetLabels
  laneName: (lane: Lane) => string
}

export function layoutReviewSheet({ journey, model, labels, laneName }: Input): Poster {
  const paper = REVIEW_PAPER
  const scale = typeScale(paper)
  const width = paper.width - 2 * paper.margin
  const inner = width - 6
  const lanes = new Map(model.lanes.map((l) => [l.id, laneName(l)]))
  // A box never grows past a page: a very long text is cut (the whole text is on the map and in the file).
  const body = (content: string, weight: 'regular' | 'bold' = 'regular', size = scale.body) =>
    text(content, { size, weight, color: COLORS.ink, width: inner, maxLines: 14 })
  const ruled = (lines: number): Block => ({
    height: lines * 7,
    draw: (x, y) =>
      Array.from({ length: lines }, (_, i): Box => ({
        type: 'line',
        x1: x,
        y1: y + (i + 1) * 7,
        x2: x + inner,
        y2: y + (i + 1) * 7,
        color: COLORS.line,
        width: 0.2,
      })),
  })
  /** A box to review one thing: what it says, the two ticks and lines to write on. */
  const box = (heading: Block, lines: number, fill?: string) =>
    frame(
      stack(
        [
          heading,
          text(labels.tick, { size: scale.body, color: COLORS.ink, width: inner }),
          text(labels.remark, { size: scale.small, color: COLORS.muted, width: inner }),
          ruled(lines),
        ],
        1.2,
      ),
      { width, padding: 3, stroke: COLORS.line, strokeWidth: 0.3, fill, radius: 1 },
    )
  const title = (content: string) =>
    text(content, { size: scale.heading, weight: 'bold', color: COLORS.ink, width })

  const blocks: { block: Block; keepWithNext?: boolean }[] = []
  const add = (block: Block, keepWithNext = false) => blocks.push({ block, keepWithNext })

  add(
    text(labels.title(journey.title || labels.untitled), {
      size: scale.title,
      weight: 'bold',
      color: COLORS.ink,
      width,
    }),
  )
  add(text(labels.intro, { size: scale.body, color: COLORS.ink, width }))
  add(
    text(`${labels.role} ______________________________    ${labels.date} ______________`, {
      size: scale.body,
      color: COLORS.ink,
      width,
    }),
  )
  add(
    box(
      stack(
        [
          body(labels.goal, 'bold'),
          body(journey.goal || '–'),
          body(labels.case, 'bold'),
          body(journey.caseDescription || '–'),
        ],
        0.8,
      ),
      2,
    ),
  )
  const central =
    journey.central.mode === 'persona'
      ? journey.central.personas.map((p) => [p.name, p.description].filter(Boolean).join(' – ')).join('; ')
      : journey.central.generalNote
  add(box(stack([body(labels.central, 'bold'), body(central || '–')], 0.8), 2))
  add(title(labels.phases), true)
  for (const phase of model.phases) {
    add(
      frame(
        text(labels.phaseN(phase.number, phase.name || '–'), {
          size: scale.label,
          weight: 'bold',
          color: COLORS.white,
          width: inner,
        }),
        {
          width,
          padding: 2,
          fill: phase.number % 2 ? COLORS.phaseOdd : COLORS.phaseEven,
        },
      ),
      true,
    )
    for (const column of phase.columns)
      for (const lane of model.lanes)
        for (const step of column.cells[lane.id] ?? []) {
          const touchpoints = step.touchpoints
            .map((t) => t.label)
            .filter(Boolean)
            .join(', ')
          add(
            box(
              stack(
                [
                  body(labels.stepN(column.number, lanes.get(lane.id) ?? '', step.title || '–'), 'bold'),
                  step.description
                    ? body(step.description, 'regular', scale.small)
                    : text('', { size: scale.small, color: COLORS.ink, width: inner }),
                  touchpoints
                    ? body(labels.touchpoints(touchpoints), 'regular', scale.small)
                    : text('', { size: scale.small, color: COLORS.ink, width: inner }),
                ],
                0.6,
              ),
              2,
            ),
          )
          for (const moment of step.moments)
            add(
              box(
                body(
                  labels.momentN(
                    moment.n,
                    moment.emotion > 0 ? labels.positive : labels.negative,
                    moment.text || '–',
                  ),
                ),
                1,
                moment.emotion > 0 ? COLORS.positiveFill : COLORS.negativeFill,
              ),
            )
        }
  }
  if (model.insights.length) {
    add(title(labels.insights), true)
    for (const insight of model.insights)
      add(
        box(
          body(
            insight.kind === 'need'
              ? labels.needN(insight.n, insight.text)
              : labels.opportunityN(insight.n, insight.text),
          ),
          1,
        ),
      )
  }
  add(box(body(labels.missing, 'bold'), 4))
  add(box(body(labels.extra, 'bold'), 2))

  // Flow the boxes over pages; a heading stays with what follows it.
  const top = paper.margin
  const bottom = paper.height - paper.margin - 8
  const gap = 3
  const pages: Box[][] = [[]]
  let y = top
  // A heading keeps with what follows it, and so on down a chain of headings to the first real box.
  const keptHeight = (i: number): number => {
    const next = blocks[i + 1]
    if (!blocks[i]?.keepWithNext || !next) return 0
    return next.block.height + gap + keptHeight(i + 1)
  }
  blocks.forEach(({ block }, i) => {
    const next = keptHeight(i)
    if (y > top && y + block.height + next > bottom) {
      pages.push([])
      y = top
    }
    pages[pages.length - 1]!.push(...block.draw(paper.margin, y))
    y += block.height + gap
  })
  const out: PosterPage[] = pages.map((boxes, i) => ({
    kind: 'review',
    label: labels.page(i + 1, pages.length),
    width: paper.width,
    height: paper.height,
    boxes: [
      ...boxes,
      ...footer(
        journey.title || labels.untitled,
        labels.page(i + 1, pages.length),
        scale,
        paper.margin,
        paper.height - paper.margin - 4,
        width,
      ),
    ],
  }))
  return { paper, pages: out, sheets: [] }
}
