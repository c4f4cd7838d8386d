import type { FontWeight } from '../text'

/**
 * What a page of the poster is made of: positioned boxes in millimetres from the page's top left, each
 * drawn alike by the HTML renderer (print, preview, PNG) and the PDF renderer. Text comes as final lines
 * (already wrapped with the font's real widths), so the two can never break a line differently.
 */
export interface TextBox {
  type: 'text'
  x: number
  /** The top of the first line box. */
  y: number
  w: number
  lines: string[]
  size: number
  weight: FontWeight
  color: string
  /** Height of one line, in mm. */
  lineHeight: number
  align?: 'left' | 'center' | 'right'
  /** Which thing it is, for tests and screen readers of the printed page ("lane:<id>"). */
  tag?: string
}

export interface RectBox {
  type: 'rect'
  x: number
  y: number
  w: number
  h: number
  fill?: string
  stroke?: string
  strokeWidth?: number
  dash?: boolean
  /** Diagonal hatching in this colour: negative moments stay apart from positive ones in black and white. */
  hatch?: string
  radius?: number
  /** An arrow point at the right (the phase line). */
  chevron?: boolean
  tag?: string
}

export interface LineBox {
  type: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  color: string
  width: number
  dash?: boolean
}

export interface PolylineBox {
  type: 'polyline'
  points: [number, number][]
  color: string
  width: number
}

export interface DotBox {
  type: 'dot'
  cx: number
  cy: number
  r: number
  /** Positive moments are filled circles, negative ones open squares. */
  shape: 'circle' | 'square'
  fill: string | null
  stroke: string
}

export interface IconBox {
  type: 'icon'
  x: number
  y: number
  size: number
  /** A 24 × 24 SVG path, drawn as a stroke. */
  path: string
  color: string
}

export interface ImageBox {
  type: 'image'
  x: number
  y: number
  w: number
  h: number
  dataUrl: string
  alt: string
}

export type Box = TextBox | RectBox | LineBox | PolylineBox | DotBox | IconBox | ImageBox

export interface PosterPage {
  kind: 'summary' | 'sheet' | 'general' | 'appendix' | 'actions' | 'review'
  /** Shown in the preview: "Blad 2 – fase 3–5 van 9". */
  label: string
  width: number
  height: number
  boxes: Box[]
}

/** The colours of the map, chosen for contrast on white and to survive black-and-white printing. */
export const COLORS = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  line: '#8a8a8a',
  rule: '#d0d5dd',
  white: '#ffffff',
  soft: '#f3f5f8',
  phaseOdd: '#1d4f91',
  phaseEven: '#2a6a73',
  citizen: '#f2f6fc',
  provider: '#f5f5f3',
  user: '#fbf6ea',
  laneCitizen: '#1d4f91',
  laneProvider: '#5a5a5a',
  laneUser: '#8a5a00',
  positive: '#1e6b34',
  positiveFill: '#e8f4ec',
  negative: '#a4262c',
  negativeFill: '#fbeaea',
  hatch: '#d9a3a3',
  opportunityFill: '#fffbe8',
  handoff: '#1a1a1a',
  curve: '#1d4f91',
} as const
