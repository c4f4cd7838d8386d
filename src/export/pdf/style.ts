import { PAPERS, type Paper } from '@/map/sheets'

/** Millimetres per typographic point, and the line height as a multiple of the font size. */
export const MM_PER_PT = 25.4 / 72
export const LINE_HEIGHT = 1.22
export const lineHeight = (sizePt: number) => sizePt * MM_PER_PT * LINE_HEIGHT

export type Rgb = readonly [number, number, number]

/** Dark text and light fills: the map stays readable in grayscale; a fill always comes with a text sign. */
export const COLORS = {
  text: [20, 20, 20],
  muted: [70, 70, 70],
  rule: [150, 150, 150],
  grid: [190, 190, 190],
  headerFill: [228, 231, 235],
  labelFill: [243, 244, 246],
  positive: [222, 242, 227],
  negative: [252, 228, 226],
  digital: [226, 236, 252],
  curve: [20, 20, 20],
} as const satisfies Record<string, Rgb>

/** Space inside an item's frame, between items, and inside a table cell, in mm. */
export const ITEM_PAD = 1
export const ITEM_GAP = 1.2
export const PARA_GAP = 0.5
export const CELL_PAD = 1.3

export interface PageGeometry {
  paper: Paper
  width: number
  height: number
  margin: number
  /** Width of the lane label column on the sheets. */
  labelWidth: number
  /** Font sizes tried for a sheet, largest first; the last is the readable minimum. */
  sizes: number[]
  /** Height of the emotion curve row. */
  curveHeight: number
  /** Largest height of an image in a phase column (at the largest font size), and on the cover. */
  imageMaxHeight: number
  coverImageMaxHeight: number
  /** Columns of the cover page. */
  coverColumns: number
}

export function geometry(paper: Paper): PageGeometry {
  const { width, height } = PAPERS[paper]
  const a3 = paper === 'a3'
  return {
    paper,
    width,
    height,
    margin: 10,
    labelWidth: a3 ? 34 : 28,
    sizes: a3 ? [9, 8.5, 8, 7.5, 7, 6.5] : [8.5, 8, 7.5, 7, 6.5],
    curveHeight: a3 ? 24 : 17,
    imageMaxHeight: a3 ? 36 : 26,
    coverImageMaxHeight: 40,
    coverColumns: 3,
  }
}
