import type { CurveComparison, JourneyDifference } from '../../map/compare'
import type { MapModel, MapPhase } from '../../map/mapModel'
import type { Journey, Lane } from '../../schema'
import { layoutActions } from './actions'
import { Appendix } from './appendix'
import { lineHeightMm, stack, text, type Block } from './block'
import { COLORS, type Box, type PosterPage } from './boxes'
import { extraBlocks, LEVELS, TIGHTEST, type Level } from './cards'
import { columnWidthOf, flowColumns } from './flow'
import { footer, sheetHeader } from './header'
import type { PosterLabels } from './labels'
import { PAPERS, typeScale, type Paper, type PaperId } from './paper'
import { labelColumn, layoutSheet, minColumn } from './sheet'
import { layoutSummary } from './summary'

/**
 * The poster: the journey laid out once, on the paper the user picked, as pages of positioned boxes that
 * the print view, the PDF and the PNG all draw. First the summary, then the journey sheets (each standing
 * alone, lanes never split over two), then the appendix with every text a sheet had to shorten.
 */
export interface PosterInput {
  journey: Journey
  model: MapModel
  labels: PosterLabels
  paper: PaperId
  laneName: (lane: Lane) => string
  /** The linked desired or current journey: its curve over this one's, and the difference on the summary. */
  compare?: PosterCompare | null
  /** After a review round: colleagues who checked each column, by column id. */
  checked?: Map<string, number> | null
}

export interface PosterCompare {
  comparison: CurveComparison
  difference: JourneyDifference
}

export interface Poster {
  paper: Paper
  pages: PosterPage[]
  /** The journey sheets only, in order (what the PNG shows side by side). */
  sheets: PosterPage[]
}

interface Attempt {
  count: number
  level: Level
  boxes: Box[]
  fits: boolean
}

export function layoutPoster(input: PosterInput): Poster {
  const paper = PAPERS[input.paper]
  const scale = typeScale(paper)
  const { labels, model, journey } = input
  const footerHeight = lineHeightMm(scale.small) + 1.5
  const area = {
    x: paper.margin,
    y: paper.margin,
    width: paper.width - 2 * paper.margin,
    height: paper.height - 2 * paper.margin - footerHeight,
  }
  const appendix = new Appendix()
  const title = journey.title || labels.untitled
  const laneName = (id: string) => {
    const lane = model.lanes.find((l) => l.id === id)
    return lane ? input.laneName(lane) : ''
  }

  // The header is measured with the longest meta line it can have; the real one is drawn when all is known.
  const metaFor = (from: number, to: number, n: number, count: number) =>
    [labels.phases(from, to, model.phases.length), labels.sheet(n, count), labels.changed].join(' · ')
  const header = (meta: string, notes: Appendix) =>
    sheetHeader({ journey, labels, scale, appendix: notes, width: area.width, meta })
  const headerHeight = header(metaFor(99, 99, 99, 99), new Appendix()).height + scale.body * 0.6
  const body = { x: area.x, y: area.y + headerHeight, width: area.width, height: area.height - headerHeight }

  const attempt = (from: number, count: number, level: Level, notes: Appendix, aside = false): Attempt => {
    const sheet = layoutSheet({
      model,
      from,
      count,
      labels,
      scale,
      level,
      appendix: notes,
      laneName: input.laneName,
      compare: input.compare?.comparison ?? null,
      checked: input.checked ?? null,
      extrasAside: aside,
      x: body.x,
      y: body.y,
      width: body.width,
    })
    return { count, level, boxes: sheet.boxes, fits: sheet.height <= body.height }
  }
  const endsPhase = (from: number, count: number) => {
    const next = model.columns[from + count]
    return !next || next.phaseIndex !== model.columns[from + count - 1]?.phaseIndex
  }

  const maxColumns = Math.max(1, Math.floor((body.width - labelColumn(scale.body)) / minColumn(scale.body)))
  const chosen: { from: number; count: number; level: Level; aside: boolean }[] = []
  for (let from = 0; from < model.columns.length;) {
    const remaining = model.columns.length - from
    let pick: { count: number; level: Level } | null = null
    // The most columns that fit with the deepest cutting (fewer columns are wider, so their texts wrap to
    // fewer lines: `fits` only grows as `count` shrinks, and a binary search finds the most); then the least
    // cutting at which that many, or one fewer, still fit: a sheet that is too dense takes fewer columns.
    const deepest = LEVELS[LEVELS.length - 1] as Level
    const fits = (count: number, level: Level) => attempt(from, count, level, new Appendix()).fits
    let lo = 1
    let hi = Math.min(maxColumns, remaining)
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (fits(mid, deepest)) lo = mid
      else hi = mid - 1
    }
    const most = lo
    for (const count of most > 2 ? [most, most - 1] : [most]) {
      const level = LEVELS.slice(0, -1).find((l) => fits(count, l))
      if (level) {
        pick = { count, level }
        break
      }
    }
    pick ??= { count: most, level: deepest }
    // Small paper and many lanes: when even one column does not fit with the deepest cutting, the phase's
    // figures, quotes and images move to the pages after the sheets (the sheet says so) rather than run
    // over the footer and off the paper.
    let aside = false
    if (!attempt(from, pick.count, pick.level, new Appendix()).fits) {
      aside = true
      const count = pick.count
      pick = {
        count,
        level: LEVELS.find((l) => attempt(from, count, l, new Appendix(), true).fits) ?? TIGHTEST,
      }
    }
    // Prefer ending at the end of a phase when that costs at most a third of the sheet.
    for (let count = pick.count; count >= Math.ceil(pick.count * 0.67); count--)
      if (endsPhase(from, count) && attempt(from, count, pick.level, new Appendix(), aside).fits) {
        pick = { ...pick, count }
        break
      }
    chosen.push({ from, ...pick, aside })
    from += pick.count
  }

  const sheets: PosterPage[] = chosen.map(({ from, count, level, aside }, i) => {
    const first = model.columns[from]?.phaseIndex ?? 0
    const last = model.columns[from + count - 1]?.phaseIndex ?? first
    const meta = metaFor(first + 1, last + 1, i + 1, chosen.length)
    const boxes = [
      ...header(meta, appendix).draw(area.x, area.y),
      ...attempt(from, count, level, appendix, aside).boxes,
    ]
    return {
      kind: 'sheet',
      label: `${labels.sheet(i + 1, chosen.length)} – ${labels.phases(first + 1, last + 1, model.phases.length)}`,
      width: paper.width,
      height: paper.height,
      boxes,
    }
  })
  if (sheets.length === 0)
    sheets.push({
      kind: 'sheet',
      label: labels.sheet(1, 1),
      width: paper.width,
      height: paper.height,
      boxes: header(labels.changed, appendix).draw(area.x, area.y),
    })

  const summary = layoutSummary({
    journey,
    model,
    labels,
    scale,
    appendix,
    laneName,
    meta: labels.changed,
    area,
    compare: input.compare ?? null,
  }).map((boxes): PosterPage => ({
    kind: 'summary',
    label: labels.summary.title,
    width: paper.width,
    height: paper.height,
    boxes,
  }))
  const asidePhases = [
    ...new Set(
      chosen
        .filter((c) => c.aside)
        .flatMap((c) => model.columns.slice(c.from, c.from + c.count).map((col) => col.phaseIndex)),
    ),
  ]
    .map((i) => model.phases[i])
    .filter((p): p is MapPhase => !!p && p.figures.length + p.quotes.length + p.images.length > 0)
  const generalPages = generalOf(model.general, asidePhases, labels, scale, area, appendix).map(
    (boxes): PosterPage => ({
      kind: 'general',
      label: labels.extra,
      width: paper.width,
      height: paper.height,
      boxes,
    }),
  )
  const appendixPages = appendixOf(appendix, labels, scale, area).map((boxes): PosterPage => ({
    kind: 'appendix',
    label: labels.appendixTitle,
    width: paper.width,
    height: paper.height,
    boxes,
  }))
  const actionPages = layoutActions({ journey, model, labels, scale, area, laneName }).map(
    (boxes): PosterPage => ({
      kind: 'actions',
      label: labels.actions.title,
      width: paper.width,
      height: paper.height,
      boxes,
    }),
  )
  const pages = [...summary, ...sheets, ...generalPages, ...appendixPages, ...actionPages]
  pages.forEach((page, i) =>
    page.boxes.push(
      ...footer(
        title,
        labels.page(i + 1, pages.length),
        scale,
        area.x,
        paper.height - paper.margin - footerHeight + 1,
        area.width,
      ),
    ),
  )
  return { paper, pages, sheets }
}

type Area = { x: number; y: number; width: number; height: number }

/** A page title in the heading size, over the full width. */
const pageTitle = (title: string, scale: ReturnType<typeof typeScale>, width: number) =>
  text(title, { size: scale.heading, weight: 'bold', color: COLORS.ink, width })

/**
 * The figures, quotes and images of the whole journey (tied to no phase), after the sheets: the cards the
 * phases use, in newspaper columns, with room for an image to be seen.
 */
function generalOf(
  general: MapModel['general'],
  phases: MapPhase[],
  labels: PosterLabels,
  scale: ReturnType<typeof typeScale>,
  area: Area,
  appendix: Appendix,
): Box[][] {
  const columns = Math.max(2, Math.floor(area.width / (scale.body * 16)))
  const gap = scale.body * 0.6
  const width = columnWidthOf(area.width, columns, gap)
  const imageHeight = Math.min(area.height / 2, width)
  const groups = [
    ...phases.map((p) => ({ heading: `${p.number}  ${p.name}`, ...p })),
    { heading: labels.generalExtra, ...general },
  ]
  const blocks = groups.flatMap((g) => {
    const context = { scale, labels, width, level: LEVELS[0] as Level, appendix, where: g.heading }
    const cards = extraBlocks(g.figures, g.quotes, g.images, context, imageHeight)
    if (cards.length === 0) return []
    const heading = text(g.heading, { size: scale.label, weight: 'bold', color: COLORS.ink, width })
    // The heading stays with the first card: a heading alone at the foot of a column says nothing.
    return [stack([heading, cards[0] as Block], gap * 0.5), ...cards.slice(1)]
  })
  if (blocks.length === 0) return []
  const title = pageTitle(labels.extra, scale, area.width)
  const pages = flowColumns(blocks, area, columns, gap, title.height + gap)
  ;(pages[0] as Box[]).unshift(...title.draw(area.x, area.y))
  return pages
}

/** The appendix: each shortened text whole, under its reference, in newspaper columns. */
function appendixOf(
  appendix: Appendix,
  labels: PosterLabels,
  scale: ReturnType<typeof typeScale>,
  area: { x: number; y: number; width: number; height: number },
): Box[][] {
  if (appendix.entries.length === 0) return []
  const columns = Math.max(2, Math.floor(area.width / (scale.body * 11)))
  const gap = scale.body * 0.6
  const width = (area.width - (columns - 1) * gap) / columns
  const intro = stack(
    [
      text(labels.appendixTitle, {
        size: scale.heading,
        weight: 'bold',
        color: COLORS.ink,
        width: area.width,
      }),
      text(labels.appendixIntro, { size: scale.body, color: COLORS.muted, width: area.width }),
    ],
    gap * 0.4,
  )
  // A text longer than a column goes on in the next column: it is split into its paragraphs' lines.
  const lh = lineHeightMm(scale.body)
  const perColumn = Math.max(4, Math.floor((area.height - intro.height - gap) / lh) - 2)
  const blocks = appendix.entries.flatMap((entry) => {
    const lines = text(entry.text, { size: scale.body, color: COLORS.ink, width }).lines
    const chunks: string[][] = []
    for (let i = 0; i < lines.length; i += perColumn) chunks.push(lines.slice(i, i + perColumn))
    return chunks.map((chunk, i) =>
      stack(
        [
          ...(i === 0
            ? [
                text(`${entry.ref} – ${entry.heading}`, {
                  size: scale.small,
                  weight: 'bold',
                  color: COLORS.ink,
                  width,
                }),
              ]
            : []),
          {
            height: chunk.length * lh,
            draw: (x: number, y: number): Box[] => [
              {
                type: 'text',
                x,
                y,
                w: width,
                lines: chunk,
                size: scale.body,
                weight: 'regular',
                color: COLORS.ink,
                lineHeight: lh,
              },
            ],
          },
        ],
        0.4,
      ),
    )
  })
  const pages = flowColumns(blocks, area, columns, gap, intro.height + gap)
  ;(pages[0] as Box[]).unshift(...intro.draw(area.x, area.y))
  return pages
}
