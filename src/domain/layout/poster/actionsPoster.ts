import { actionItems, sortActions } from '../../actions'
import type { MapModel } from '../../map/mapModel'
import type { Journey } from '../../schema'
import { tablePages, type ActionsInput } from './actions'
import { lineHeightMm, stack, text } from './block'
import { COLORS, type PosterPage } from './boxes'
import { footer } from './header'
import type { PosterLabels } from './labels'
import { PAPERS, typeScale, type PaperId } from './paper'
import type { Poster } from './poster'

/**
 * The action list alone, as a poster of its own (the action page's "PDF van de acties"): the same pages
 * the whole poster ends with, numbered on their own, with the "none" line when there is nothing to list.
 */
export function layoutActionsPoster(input: {
  journey: Journey
  model: MapModel
  labels: PosterLabels
  paper: PaperId
  laneName: (laneId: string) => string
}): Poster {
  const paper = PAPERS[input.paper]
  const scale = typeScale(paper)
  const footerHeight = lineHeightMm(scale.small) + 1.5
  const area = {
    x: paper.margin,
    y: paper.margin,
    width: paper.width - 2 * paper.margin,
    height: paper.height - 2 * paper.margin - footerHeight,
  }
  const o: ActionsInput = { ...input, scale, area }
  const items = sortActions(actionItems(input.journey, input.model))
  const boxes = items.length
    ? tablePages(items, o)
    : [
        stack(
          [
            text(input.labels.actions.title, {
              size: scale.heading * 1.2,
              weight: 'bold',
              color: COLORS.ink,
              width: area.width,
            }),
            text(input.labels.actions.none, { size: scale.body, color: COLORS.ink, width: area.width }),
          ],
          scale.body * 0.4,
        ).draw(area.x, area.y),
      ]
  const title = input.journey.title || input.labels.untitled
  const pages = boxes.map((page, i): PosterPage => ({
    kind: 'actions',
    label: input.labels.actions.title,
    width: paper.width,
    height: paper.height,
    boxes: [
      ...page,
      ...footer(
        title,
        input.labels.page(i + 1, boxes.length),
        scale,
        area.x,
        paper.height - paper.margin - footerHeight + 1,
        area.width,
      ),
    ],
  }))
  return { paper, pages, sheets: [] }
}
