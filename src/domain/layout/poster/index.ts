export * from './boxes'
export * from './paper'
export * from './labels'
export { layoutPoster, type Poster, type PosterInput } from './poster'
