/** Fixed lists the method and Flemish public services suggest. Labels live in the i18n files. */

export const CHANNELS = [
  'website',
  'email',
  'phone',
  'counter',
  'letter',
  'homeVisit',
  'app',
  'thirdParty',
  'other',
] as const
export type Channel = (typeof CHANNELS)[number]

export const TOUCHPOINT_MODES = ['digital', 'physical'] as const
export type TouchpointMode = (typeof TOUCHPOINT_MODES)[number]

/** The mode a channel usually has; the user may change it (a phone call is neither, so it defaults to physical). */
export const CHANNEL_DEFAULT_MODE: Record<Channel, TouchpointMode> = {
  website: 'digital',
  email: 'digital',
  phone: 'physical',
  counter: 'physical',
  letter: 'physical',
  homeVisit: 'physical',
  app: 'digital',
  thirdParty: 'physical',
  other: 'physical',
}

/** The six phases the method guide proposes, from first awareness to aftercare. */
export const STANDARD_PHASES = ['awareness', 'orientation', 'decision', 'action', 'use', 'aftercare'] as const
export type StandardPhase = (typeof STANDARD_PHASES)[number]

export const EMOTION_SCORES = [-2, -1, 0, 1, 2] as const
export type EmotionScore = (typeof EMOTION_SCORES)[number]

export const MOMENT_KINDS = ['positive', 'negative'] as const
export const INSIGHT_KINDS = ['need', 'opportunity'] as const
export const LANE_KINDS = ['citizen', 'provider', 'user'] as const
export const CENTRAL_MODES = ['personas', 'general'] as const
