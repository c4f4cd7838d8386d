/** Paper sizes the map prints on, landscape, in millimetres. */
export const PAPERS = {
  a3: { width: 420, height: 297, phasesPerSheet: 6 },
  a4: { width: 297, height: 210, phasesPerSheet: 4 },
} as const
export type Paper = keyof typeof PAPERS

export interface Sheet {
  /** Index of the first and last phase on this sheet (0-based, inclusive). */
  from: number
  to: number
  /** 1-based sheet number and count, for "Fase x–y van N". */
  number: number
  count: number
}

/**
 * Cuts the phases into sheets of whole phases. Browsers never split a wide element across pages by
 * themselves, so the app lays out the sheets. Phases are spread evenly over the fewest sheets (9 phases on
 * A4 give 3 + 3 + 3 rather than 4 + 4 + 1), so no sheet carries a lonely last phase.
 */
export function splitIntoSheets(phaseCount: number, paper: Paper): Sheet[] {
  if (phaseCount <= 0) return [{ from: 0, to: -1, number: 1, count: 1 }]
  const per = PAPERS[paper].phasesPerSheet
  const count = Math.ceil(phaseCount / per)
  const base = Math.floor(phaseCount / count)
  const extra = phaseCount % count
  const sheets: Sheet[] = []
  let from = 0
  for (let i = 0; i < count; i++) {
    const size = base + (i < extra ? 1 : 0)
    sheets.push({ from, to: from + size - 1, number: i + 1, count })
    from += size
  }
  return sheets
}
