/** Fixed lists the method and Flemish public services suggest. Labels live in the i18n files. */

/**
 * The channels a civil servant names, in the order the wizard offers them: the digital ones Flemish services
 * share (e-loket, Mijn Burgerprofiel, eBox, itsme or eID login), then phone, the physical ones and the rest.
 */
export const CHANNELS = [
  'website',
  'burgerprofiel',
  'ebox',
  'login',
  'email',
  'app',
  'phone',
  'counter',
  'homeVisit',
  'letter',
  'thirdParty',
  'other',
] as const
export type Channel = (typeof CHANNELS)[number]

/** A phone call is neither a screen nor a desk: the map shows it as its own kind. */
export const TOUCHPOINT_MODES = ['digital', 'phone', 'physical'] as const
export type TouchpointMode = (typeof TOUCHPOINT_MODES)[number]

/** The kind a channel usually is; the user may still change it (a video call at the counter, say). */
export const CHANNEL_DEFAULT_MODE: Record<Channel, TouchpointMode> = {
  website: 'digital',
  burgerprofiel: 'digital',
  ebox: 'digital',
  login: 'digital',
  email: 'digital',
  app: 'digital',
  phone: 'phone',
  counter: 'physical',
  homeVisit: 'physical',
  letter: 'physical',
  thirdParty: 'physical',
  other: 'physical',
}

/** The six phases the method guide proposes, from first awareness to aftercare. */
export const STANDARD_PHASES = ['awareness', 'orientation', 'decision', 'action', 'use', 'aftercare'] as const
export type StandardPhase = (typeof STANDARD_PHASES)[number]

/**
 * How a moment felt, from very negative to very positive. There is no 0: the method asks for positive and
 * negative moments, and the sign of the score is the moment's kind, so the two can never contradict.
 */
export const EMOTION_SCORES = [-2, -1, 1, 2] as const
export type EmotionScore = (typeof EMOTION_SCORES)[number]
export type MomentKind = 'positive' | 'negative'
export const momentKind = (emotion: number): MomentKind => (emotion > 0 ? 'positive' : 'negative')

export const INSIGHT_KINDS = ['need', 'opportunity'] as const
export const LANE_KINDS = ['citizen', 'provider', 'user'] as const
export type LaneKind = (typeof LANE_KINDS)[number]
/** One persona per map (one case per map), or the general process of a uniform service. */
export const CENTRAL_MODES = ['persona', 'general'] as const

/** Where what the map says comes from (issue: evidence per item). `none` means: not said. */
export const EVIDENCE_KINDS = ['none', 'observed', 'interview', 'figures', 'assumption'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** What is done with an opportunity, and how much it weighs. */
export const ACTION_STATUSES = ['open', 'doing', 'done', 'dropped'] as const
export const PRIORITY_LEVELS = ['unset', 'low', 'medium', 'high'] as const
