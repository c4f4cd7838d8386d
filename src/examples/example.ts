import { readJourneyFile, type NormalizeResult } from '@/domain'
import text from './leefloon.klantreis.json?raw'

/**
 * The example journey, read from its journey file by the same path as a file the user opens: it is migrated,
 * mended and validated like any other, so it can never drift from what the app reads.
 */
export const readExample = (): NormalizeResult => readJourneyFile(text)
