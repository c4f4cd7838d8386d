import { z } from 'zod'
import {
  CENTRAL_MODES,
  CHANNELS,
  EMOTION_SCORES,
  INSIGHT_KINDS,
  LANE_KINDS,
  MOMENT_KINDS,
  TOUCHPOINT_MODES,
} from './catalogue'
import { checkIntegrity } from './integrity'

/**
 * The stored journey document. This schema is lenient on purpose: a draft may be incomplete, so texts may be
 * empty and lists may be short. What a finished step needs is said by the strict schemas in `stepSchemas.ts`.
 * Defaults fill what an older or hand-made document lacks.
 */
export const SCHEMA_VERSION = 2

const id = z.string().min(1).max(64)
const text = (max = 2000) => z.string().max(max).default('')

export const personaSchema = z.object({
  id,
  name: text(120),
  description: text(),
  needs: text(),
})

export const centralSchema = z.object({
  mode: z.enum(CENTRAL_MODES).default('personas'),
  personas: z.array(personaSchema).max(12).default([]),
  /** Why the general process is mapped instead of personas (uniform services). */
  generalNote: text(),
})

export const laneSchema = z.object({
  id,
  kind: z.enum(LANE_KINDS),
  name: text(80),
  /** The provider lane can be switched off; its activities are kept for when it is switched on again. */
  enabled: z.boolean().default(true),
})

export const phaseSchema = z.object({
  id,
  name: text(80),
  description: text(),
})

export const touchpointSchema = z.object({
  id,
  channel: z.enum(CHANNELS),
  label: text(200),
  mode: z.enum(TOUCHPOINT_MODES),
})

export const momentSchema = z.object({
  id,
  kind: z.enum(MOMENT_KINDS),
  text: text(),
  emotion: z
    .number()
    .int()
    .refine((n) => (EMOTION_SCORES as readonly number[]).includes(n))
    .default(0),
  aha: z.boolean().default(false),
  /** The aha-exercise: the case owner names two things that could be better… */
  improvements: z.tuple([text(), text()]).default(['', '']),
  /** …and the others each bring a strong point. */
  strengths: z.array(text()).max(12).default([]),
})

export const activitySchema = z.object({
  id,
  phaseId: id,
  laneId: id,
  title: text(200),
  description: text(),
  touchpoints: z.array(touchpointSchema).max(20).default([]),
  moments: z.array(momentSchema).max(20).default([]),
})

export const insightSchema = z.object({
  id,
  kind: z.enum(INSIGHT_KINDS),
  /** The moment this need or opportunity was derived from. */
  momentId: id,
  text: text(),
})

export const figureSchema = z.object({
  id,
  label: text(200),
  value: text(60),
  unit: text(40),
  phaseId: id.nullable().default(null),
})

export const quoteSchema = z.object({
  id,
  text: text(),
  /** A role ("alleenstaande moeder"), never a person's name. */
  role: text(120),
  phaseId: id.nullable().default(null),
})

export const imageSchema = z.object({
  id,
  /** A downscaled JPEG or PNG as a data URL; nothing is fetched from elsewhere. */
  dataUrl: z.string().regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  caption: text(300),
  alt: text(300),
  phaseId: id.nullable().default(null),
})

export const ORIGIN_KINDS = ['new', 'imported', 'duplicate', 'example'] as const

/** Where a draft came from, so the start page can say "copy of X" or "imported on 3 March". */
export const originSchema = z.object({
  kind: z.enum(ORIGIN_KINDS),
  importedAt: z.string().datetime().nullable(),
  /** The title of the journey that was duplicated or imported; empty for a new draft. */
  sourceTitle: z.string().max(160),
})

export const journeyObjectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  /**
   * Raised by one on every save. Another tab that holds a lower revision knows it is looking at an old copy.
   * No default: a document without it did not come through a migration and is refused.
   */
  revision: z.number().int().nonnegative(),
  origin: originSchema,
  title: text(160),
  caseDescription: text(),
  goal: text(),
  central: centralSchema.default({}),
  lanes: z.array(laneSchema).min(1).max(8),
  phases: z.array(phaseSchema).max(30).default([]),
  activities: z.array(activitySchema).max(600).default([]),
  insights: z.array(insightSchema).max(600).default([]),
  figures: z.array(figureSchema).max(60).default([]),
  quotes: z.array(quoteSchema).max(60).default([]),
  images: z.array(imageSchema).max(20).default([]),
  /** The step the user last worked on, so reopening lands there. */
  lastStepId: z.string().max(40).default('goal'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
})

/** The document as stored and exported: the object plus its cross-reference rules. */
export const journeySchema = journeyObjectSchema.superRefine(checkIntegrity)

export type Origin = z.infer<typeof originSchema>
export type Persona = z.infer<typeof personaSchema>
export type Central = z.infer<typeof centralSchema>
export type Lane = z.infer<typeof laneSchema>
export type Phase = z.infer<typeof phaseSchema>
export type Touchpoint = z.infer<typeof touchpointSchema>
export type Moment = z.infer<typeof momentSchema>
export type Activity = z.infer<typeof activitySchema>
export type Insight = z.infer<typeof insightSchema>
export type Figure = z.infer<typeof figureSchema>
export type Quote = z.infer<typeof quoteSchema>
export type JourneyImage = z.infer<typeof imageSchema>
export type Journey = z.infer<typeof journeyObjectSchema>
