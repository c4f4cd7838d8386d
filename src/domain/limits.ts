/**
 * Every maximum a journey has, in one place: the schema enforces them on read, the store on write, and the
 * wizard shows them before they are reached (counters, disabled add buttons). They are far above what a real
 * journey needs (a description of 3,000 characters is ordinary), so meeting one is rare and always said.
 */
export const TEXT_LIMITS = {
  /** Descriptions, the case, the goal, moments, needs, quotes: a page of text each. */
  long: 10_000,
  title: 160,
  /** Persona, phase and lane names, roles. */
  name: 120,
  /** Touchpoint labels, figure labels, hand-off targets, evidence sources. */
  label: 200,
  caption: 300,
  value: 60,
  unit: 40,
} as const

export const LIST_LIMITS = {
  personas: 12,
  lanes: 8,
  phases: 30,
  activities: 600,
  touchpoints: 20,
  moments: 20,
  insights: 600,
  improvements: 10,
  strengths: 40,
  figures: 60,
  quotes: 60,
  images: 20,
} as const
export type ListName = keyof typeof LIST_LIMITS

/** From this share of a text limit on, the field shows how many characters are left. */
export const COUNTER_FROM = 0.8
