import type { Block } from './block'
import type { Box } from './boxes'

/**
 * Newspaper columns: blocks placed top to bottom in `columns` columns, then on the next page. A block taller
 * than a whole column is placed alone at the top of one (the caller keeps blocks shorter than that by cutting
 * their text). Returns the boxes of each page.
 */
export function flowColumns(
  blocks: Block[],
  area: { x: number; y: number; width: number; height: number },
  columns: number,
  gap: number,
  firstPageOffset = 0,
): Box[][] {
  const columnWidth = (area.width - (columns - 1) * gap) / columns
  const pages: Box[][] = [[]]
  let column = 0
  let y = area.y + firstPageOffset
  const top = () => (pages.length === 1 ? area.y + firstPageOffset : area.y)
  for (const block of blocks) {
    if (block.height <= 0) continue
    if (y > top() && y + block.height > area.y + area.height) {
      column++
      if (column >= columns) {
        pages.push([])
        column = 0
      }
      y = top()
    }
    ;(pages[pages.length - 1] as Box[]).push(...block.draw(area.x + column * (columnWidth + gap), y))
    y += block.height + gap
  }
  return pages
}

export const columnWidthOf = (width: number, columns: number, gap: number) =>
  (width - (columns - 1) * gap) / columns
