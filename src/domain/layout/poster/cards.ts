import type { MapInsight, MapMoment, MapStep } from '../../map/mapModel'
import type { Figure, JourneyImage, Lane, Quote } from '../../schema'
import { CHANNEL_ICONS } from '../icons'
import { unquoted } from '../../quotes'
import type { Appendix } from './appendix'
import { frame, row, stack, text, type Block } from './block'
import { COLORS, type Box } from './boxes'
import type { PosterLabels } from './labels'
import type { TypeScale } from './paper'

/** How much a card may say before it is cut (and continued in the appendix): lines of title and text. */
export interface Level {
  title: number
  text: number
  /** Moments shown per step; the rest are named in the appendix. */
  moments: number
  /** The last resort: evidence, exclusions and hand-offs on one line too. */
  tight?: boolean
}
export const LEVELS: readonly Level[] = [
  { title: 3, text: 5, moments: 20 },
  { title: 3, text: 3, moments: 20 },
  { title: 2, text: 2, moments: 6 },
  { title: 2, text: 1, moments: 4 },
  { title: 1, text: 1, moments: 2 },
]
/** Only for a sheet that does not fit otherwise (one column of many lanes on A4), never chosen for density. */
export const TIGHTEST: Level = { title: 1, text: 1, moments: 1, tight: true }
/** Lines of a small note (evidence, exclusion): two, one at the tightest. */
const noteLines = (c: CardContext, lines: number) => (c.level.tight ? 1 : lines)

export interface CardContext {
  scale: TypeScale
  labels: PosterLabels
  /** The card's outer width, in mm. */
  width: number
  level: Level
  appendix: Appendix
  /** Where the text comes from, for the appendix heading ("Stap 4, Inwoner"). */
  where: string
}

const pad = (c: CardContext) => c.scale.body * 0.17
const inner = (c: CardContext) => c.width - 2 * pad(c)
const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`)
const seeAppendix = (c: CardContext, heading: string, full: string) => () =>
  c.labels.seeAppendix(c.appendix.note(heading, full))

/** "? Aanname: …" in a dashed frame, or the source in small print; nothing when it was not said. */
function evidence(c: CardContext, kind: string, source: string, width: number): Block {
  if (kind === 'none') return { height: 0, draw: () => [] }
  const words = kind === 'assumption' ? `? ${c.labels.assumption}` : c.labels.evidence[kind as 'observed']
  const line = source ? `${words}: ${source}` : words
  const body = text(line, {
    size: c.scale.small,
    weight: kind === 'assumption' ? 'bold' : 'regular',
    color: COLORS.ink,
    width: width - 1.2,
    maxLines: noteLines(c, 2),
    mark: () => c.labels.seeAppendix(c.appendix.note(`${c.where}: ${words}`, line)),
  })
  return kind === 'assumption'
    ? frame(body, {
        width,
        padding: 0.6,
        stroke: COLORS.ink,
        dash: true,
        strokeWidth: 0.3,
        fill: COLORS.white,
      })
    : body
}

/** One line per touchpoint where it fits: icon, channel, its kind, what it is, and who cannot use it. */
function touchpoints(step: MapStep, c: CardContext, width: number, heading: string): Block {
  const icon = c.scale.small * 0.42
  return stack(
    step.touchpoints.map((tp) => {
      const what = `${c.labels.channels[tp.channel]} (${c.labels.modes[tp.mode]})${tp.label ? `: ${tp.label}` : ''}`
      const head = text(what, {
        size: c.scale.small,
        color: COLORS.ink,
        width: width - icon - 1,
        maxLines: c.level.text > 2 ? 2 : 1,
        mark: seeAppendix(c, heading, what),
      })
      const exclusion = `⚠ ${c.labels.exclusion(tp.exclusion)}`
      const excl = tp.exclusion
        ? text(exclusion, {
            size: c.scale.small,
            color: COLORS.ink,
            width: width - icon - 1,
            maxLines: noteLines(c, 2),
            mark: seeAppendix(c, heading, exclusion),
          })
        : { height: 0, draw: () => [] }
      const body = stack([head, excl], 0.2)
      return row([
        {
          dx: 0,
          block: {
            height: icon,
            draw: (x, y): Box[] => [
              { type: 'icon', x, y: y + 0.2, size: icon, path: CHANNEL_ICONS[tp.channel], color: COLORS.ink },
            ],
          },
        },
        { dx: icon + 1, block: body },
      ])
    }),
    0.5,
  )
}

/** A step: what the person does, where it happens and, at its edge, a hand-off to another desk. */
export function stepCard(step: MapStep, lane: Lane, c: CardContext): Block {
  const w = inner(c) - pad(c) * 0.6
  const heading = `${c.where}: ${step.title}`
  const full = [step.title, step.description].filter(Boolean).join('\n\n')
  const title = text(step.title || '–', {
    size: c.scale.label,
    weight: 'bold',
    color: COLORS.ink,
    width: w,
    maxLines: c.level.title,
    mark: seeAppendix(c, heading, full),
  })
  const body = text(step.description, {
    size: c.scale.body,
    color: COLORS.ink,
    width: w,
    maxLines: c.level.text,
    mark: seeAppendix(c, heading, full),
  })
  const handoff =
    step.handoff !== null
      ? frame(
          text(`↪ ${c.labels.handoffTo(step.handoff)}`, {
            size: c.scale.small,
            weight: 'bold',
            color: COLORS.white,
            width: w - 1.6,
            maxLines: noteLines(c, 3),
            mark: seeAppendix(c, heading, c.labels.handoffTo(step.handoff)),
          }),
          { width: w, padding: 0.8, fill: COLORS.handoff },
        )
      : { height: 0, draw: () => [] }
  const content = stack(
    [
      title,
      body,
      evidence(c, step.evidence.kind, step.evidence.source, w),
      touchpoints(step, c, w, heading),
      handoff,
    ],
    pad(c) * 0.6,
  )
  const bar =
    lane.kind === 'citizen'
      ? COLORS.laneCitizen
      : lane.kind === 'provider'
        ? COLORS.laneProvider
        : COLORS.laneUser
  return frame(content, {
    width: c.width,
    padding: pad(c),
    fill: COLORS.white,
    stroke: COLORS.line,
    strokeWidth: 0.25,
    bar,
    radius: 1,
    tag: `step:${step.id}`,
  })
}

/** A small badge with the score (sign and number, so it reads without colour) at the left of a moment. */
function badge(label: string, c: CardContext, inverse: boolean): Block {
  const size = c.scale.small
  const w = size * 0.75
  const h = size * 0.5
  return {
    height: h,
    draw: (x, y): Box[] => [
      {
        type: 'rect',
        x,
        y,
        w,
        h,
        fill: inverse ? COLORS.ink : COLORS.white,
        stroke: COLORS.ink,
        strokeWidth: 0.3,
        radius: 0.6,
      },
      ...text(label, {
        size,
        weight: 'bold',
        color: inverse ? COLORS.white : COLORS.ink,
        width: w,
        align: 'center',
      }).draw(x, y + (h - size * 0.44) / 2 - 0.1),
    ],
  }
}

/**
 * A moment: its score in a badge (sign and number, never colour alone), its number and text, and the
 * aha-exercise's points at it (★ what could be better, ✓ a strong point with who named it).
 */
export function momentCard(m: MapMoment, c: CardContext): Block {
  const w = inner(c)
  const positive = m.emotion > 0
  const badgeWidth = c.scale.small * 0.75 + 0.8
  const aha = m.improvements.length ? '★ ' : ''
  const body = text(`${aha}${c.labels.momentN(m.n)}: ${m.text}`, {
    size: c.scale.body,
    color: COLORS.ink,
    width: w - badgeWidth,
    maxLines: c.level.text,
    mark: seeAppendix(c, `${c.where}, ${c.labels.momentN(m.n)}`, m.text),
  })
  const head = row([
    { dx: 0, block: badge(signed(m.emotion), c, !positive) },
    { dx: badgeWidth, block: body },
  ])
  const points = m.improvements.map((p) =>
    text(`★ ${c.labels.improvementN(p.n)}: ${p.text}`, {
      size: c.scale.small,
      weight: 'bold',
      color: COLORS.ink,
      width: w,
      maxLines: c.level.text,
      mark: seeAppendix(c, `${c.labels.improvementN(p.n)}`, p.text),
    }),
  )
  const strengths = m.strengths.map((s) =>
    text(`✓ ${s.role ? c.labels.strengthBy(s.role) : c.labels.strength}: ${s.text}`, {
      size: c.scale.small,
      color: COLORS.ink,
      width: w,
      maxLines: c.level.text,
      mark: seeAppendix(c, c.labels.strength, s.text),
    }),
  )
  return frame(
    stack([head, evidence(c, m.evidence.kind, m.evidence.source, w), ...points, ...strengths], 0.5),
    {
      width: c.width,
      padding: pad(c) * 0.8,
      fill: positive ? COLORS.positiveFill : COLORS.negativeFill,
      hatch: positive ? undefined : COLORS.hatch,
      stroke: positive ? COLORS.positive : COLORS.negative,
      strokeWidth: m.improvements.length ? 0.7 : 0.35,
      radius: 1,
      tag: `moment:${m.id}`,
    },
  )
}

/** A need (solid frame) or an opportunity (dashed, tinted), saying which moment it comes from. */
export function insightCard(s: MapInsight, c: CardContext): Block {
  const w = inner(c)
  const name = s.kind === 'need' ? c.labels.needN(s.n) : c.labels.opportunityN(s.n)
  const head = text(`${name} ← ${c.labels.fromMoment(s.momentN)}`, {
    size: c.scale.small,
    weight: 'bold',
    color: COLORS.ink,
    width: w,
    maxLines: 1,
  })
  const body = text(s.text, {
    size: c.scale.body,
    color: COLORS.ink,
    width: w,
    maxLines: Math.max(1, c.level.text - 1),
    mark: seeAppendix(c, name, s.text),
  })
  const action =
    s.kind === 'opportunity' && (s.action.owner || s.action.status !== 'open')
      ? text([c.labels.status[s.action.status], s.action.owner].filter(Boolean).join(' · '), {
          size: c.scale.small,
          weight: 'bold',
          color: COLORS.ink,
          width: w,
          maxLines: 1,
        })
      : { height: 0, draw: () => [] }
  return frame(stack([head, body, evidence(c, s.evidence.kind, s.evidence.source, w), action], 0.3), {
    width: c.width,
    padding: pad(c) * 0.8,
    fill: s.kind === 'need' ? COLORS.white : COLORS.opportunityFill,
    stroke: COLORS.ink,
    strokeWidth: 0.3,
    dash: s.kind === 'opportunity',
    radius: 1,
  })
}

export function extraBlocks(
  figures: Figure[],
  quotes: Quote[],
  images: JourneyImage[],
  c: CardContext,
  maxImageHeight: number,
): Block[] {
  const w = inner(c)
  const figureBlocks = figures.map((f) =>
    stack(
      [
        text(`${f.value} ${f.unit}`.trim(), {
          size: c.scale.heading,
          weight: 'bold',
          color: COLORS.ink,
          width: w,
          maxLines: 2,
          mark: seeAppendix(c, f.label, `${f.value} ${f.unit}`.trim()),
        }),
        text(f.label, {
          size: c.scale.small,
          color: COLORS.ink,
          width: w,
          maxLines: c.level.text,
          mark: seeAppendix(c, `${f.value} ${f.unit}`.trim(), f.label),
        }),
        evidence(c, f.evidence.kind, f.evidence.source, w),
      ],
      0.3,
    ),
  )
  const quoteBlocks = quotes.map((q) =>
    stack(
      [
        text(`“${unquoted(q.text)}”`, {
          size: c.scale.body,
          color: COLORS.ink,
          width: w,
          maxLines: c.level.text + 2,
          mark: seeAppendix(c, q.role, q.text),
        }),
        text(`– ${q.role}`, {
          size: c.scale.small,
          color: COLORS.muted,
          width: w,
          maxLines: 2,
          mark: seeAppendix(c, q.text, q.role),
        }),
      ],
      0.3,
    ),
  )
  const imageBlocks = images.map((img) => {
    const scale = Math.min(w / img.width, maxImageHeight / img.height)
    const iw = img.width * scale
    const ih = img.height * scale
    return stack(
      [
        {
          height: ih,
          draw: (x, y): Box[] => [{ type: 'image', x, y, w: iw, h: ih, dataUrl: img.dataUrl, alt: img.alt }],
        },
        text(img.caption, {
          size: c.scale.small,
          color: COLORS.muted,
          width: w,
          maxLines: 3,
          mark: seeAppendix(c, img.alt, img.caption),
        }),
      ],
      0.5,
    )
  })
  return [...figureBlocks, ...quoteBlocks, ...imageBlocks].map((b) =>
    frame(b, {
      width: c.width,
      padding: pad(c),
      fill: COLORS.white,
      stroke: COLORS.rule,
      strokeWidth: 0.25,
      radius: 1,
    }),
  )
}
