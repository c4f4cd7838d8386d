/**
 * The papers a map is printed on, landscape, in millimetres, with the type sizes that keep it legible: body
 * text at least 8 pt on A4 and 9 pt on A3 and the poster sizes, growing with the paper so a poster read from
 * a metre or two away stays readable. A4 and A3 are sheets to tape together; A2, A1 and A0 are one poster
 * for a print shop (a journey too wide for one poster continues on a second).
 */
export const PAPER_IDS = ['a4', 'a3', 'a2', 'a1', 'a0'] as const
export type PaperId = (typeof PAPER_IDS)[number]

export interface Paper {
  id: PaperId
  kind: 'tiles' | 'poster'
  width: number
  height: number
  margin: number
  /** Body text, in points; titles and small print are derived from it. */
  body: number
}

export const PAPERS: Record<PaperId, Paper> = {
  a4: { id: 'a4', kind: 'tiles', width: 297, height: 210, margin: 8, body: 8 },
  a3: { id: 'a3', kind: 'tiles', width: 420, height: 297, margin: 9, body: 9 },
  a2: { id: 'a2', kind: 'poster', width: 594, height: 420, margin: 12, body: 11 },
  a1: { id: 'a1', kind: 'poster', width: 841, height: 594, margin: 16, body: 14 },
  a0: { id: 'a0', kind: 'poster', width: 1189, height: 841, margin: 22, body: 19 },
}

/** The least a body text may be, as the issue asks: 8 pt on A4, 9 pt on everything larger. */
export const bodyFloor = (paper: Paper): number => (paper.id === 'a4' ? 8 : 9)

export const PT = 25.4 / 72

/** The type sizes of a paper, in points. Small print (a reference, a source) never goes below the floor. */
export function typeScale(paper: Paper) {
  const b = paper.body
  return {
    body: b,
    small: Math.max(bodyFloor(paper), b * 0.9),
    label: b * 1.05,
    heading: b * 1.25,
    title: b * 2,
  }
}
export type TypeScale = ReturnType<typeof typeScale>
