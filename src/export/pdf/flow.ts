import type { jsPDF } from './jspdfType'
import {
  drawStack,
  itemHeight,
  layoutItems,
  splitStack,
  stackHeight,
  type ItemSpec,
  type LayoutContext,
} from './blocks'
import { ITEM_GAP, type PageGeometry } from './style'

const COLUMN_GAP = 8
/** Least room for the start of a card taller than a column, under a heading or at a column's end. */
const KEEP_WITH_HEADING = 15

/**
 * Text in newspaper columns over as many pages as needed, for the cover: fills a column top-down, then the
 * next, then a new page. A card taller than a column continues in the next one; nothing is cut off.
 */
export class ColumnFlow {
  private column = 0
  private y: number
  readonly width: number

  constructor(
    private readonly doc: jsPDF,
    private readonly geo: PageGeometry,
    private readonly ctx: LayoutContext,
    private readonly fallback: string,
    private top: number,
  ) {
    this.width = (geo.width - 2 * geo.margin - (geo.coverColumns - 1) * COLUMN_GAP) / geo.coverColumns
    this.y = top
  }

  private get x() {
    return this.geo.margin + this.column * (this.width + COLUMN_GAP)
  }

  private get bottom() {
    return this.geo.height - this.geo.margin
  }

  private nextColumn() {
    this.column++
    if (this.column >= this.geo.coverColumns) {
      this.doc.addPage(this.geo.paper, 'landscape')
      this.column = 0
      this.top = this.geo.margin
    }
    this.y = this.top
  }

  /**
   * A heading and its cards, the heading kept with the start of what follows; with `keepTogether`, the whole
   * section moves to the next column when it fits there but not here.
   */
  section(
    heading: ItemSpec,
    items: ItemSpec[],
    options: Partial<LayoutContext> & { keepTogether?: boolean } = {},
  ) {
    const { keepTogether, ...ctx } = options
    const [head] = layoutItems(this.ctx, [heading], this.width)
    const laid = layoutItems({ ...this.ctx, ...ctx }, items, this.width)
    const total = stackHeight(head ? [head, ...laid] : laid)
    if (keepTogether && this.y > this.top && this.y + total > this.bottom && total <= this.bottom - this.top)
      this.nextColumn()
    if (head) {
      // The first card must fit under the heading; one taller than a column needs only a start there.
      const first = laid[0] ? itemHeight(laid[0]) : 0
      const next = itemHeight(head) + first <= this.bottom - this.top ? first : KEEP_WITH_HEADING
      if (this.y > this.top && this.y + itemHeight(head) + next > this.bottom) this.nextColumn()
      this.y = drawStack(this.doc, [head], this.x, this.y, this.width, this.fallback) - ITEM_GAP / 2
    }
    let queue = laid
    while (queue.length) {
      const room = this.bottom - this.y
      const [first] = queue
      const fits = itemHeight(first!) <= room
      const fitsColumn = itemHeight(first!) <= this.bottom - this.top
      if (!fits && (fitsColumn || room < KEEP_WITH_HEADING) && this.y > this.top) {
        this.nextColumn()
        continue
      }
      const [part, rest] = fits ? [[first!], queue.slice(1)] : splitStack(queue, room)
      this.y = drawStack(this.doc, part, this.x, this.y, this.width, this.fallback)
      queue = rest
      if (!fits) this.nextColumn()
    }
    this.y += ITEM_GAP * 2
  }
}
