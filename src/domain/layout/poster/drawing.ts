/** What a renderer of the poster needs: the boxes, and where a text box's first baseline is. */
export type { Box, PosterPage } from './boxes'
export { PT } from './paper'
export { firstBaselinePt } from '../text'
