/** Every localStorage key the app uses. One key per journey keeps a save small; the index lists them cheaply. */
export const STORAGE_PREFIX = 'klantreis:'
export const INDEX_KEY = `${STORAGE_PREFIX}index`
export const JOURNEY_KEY_PREFIX = `${STORAGE_PREFIX}journey:`
export const journeyKey = (id: string) => `${JOURNEY_KEY_PREFIX}${id}`
