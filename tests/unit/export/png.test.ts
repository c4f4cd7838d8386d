import { describe, expect, it } from 'vitest'
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, PIXEL_BUDGET, safeScale } from '@/export/exportPng'

describe('safeScale', () => {
  it('keeps scale 2 for a map that fits the pixel budget', () => {
    expect(safeScale(1540, 2200)).toBe(2)
  })

  it('lowers the scale of a large map to the pixel budget', () => {
    // The 12-phase fixture's size on screen: two A3 sheets side by side.
    const scale = safeScale(3088, 4571)
    expect(scale).toBeLessThan(2)
    expect(3088 * 4571 * scale * scale).toBeLessThanOrEqual(PIXEL_BUDGET + 1)
    expect(3088 * 4571 * scale * scale).toBeGreaterThan(PIXEL_BUDGET * 0.99)
  })

  it('never goes below the map’s own size for the budget alone', () => {
    expect(safeScale(8000, 6000)).toBe(1)
  })

  it('stays inside the browser’s canvas limits, which leave a blank image past them', () => {
    const tall = safeScale(1000, 100_000)
    expect(100_000 * tall).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
    const huge = safeScale(20_000, 20_000)
    expect(20_000 * 20_000 * huge * huge).toBeLessThanOrEqual(MAX_CANVAS_AREA)
  })
})
