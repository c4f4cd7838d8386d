/**
 * The curve's −2…+2 scale in percent of its height, from the top: the SVG's grid lines and the row header's
 * labels beside them both use it, so a label always stands at its line.
 */
const PAD = 12
export const curveY = (emotion: number): number => 50 - (emotion / 2) * (50 - PAD)
