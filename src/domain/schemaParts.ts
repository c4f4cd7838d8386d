import { z } from 'zod'
import {
  ACTION_STATUSES,
  CENTRAL_MODES,
  CHANNELS,
  EMOTION_SCORES,
  EVIDENCE_KINDS,
  INSIGHT_KINDS,
  LANE_KINDS,
  PRIORITY_LEVELS,
  TOUCHPOINT_MODES,
} from './catalogue'
import { LIST_LIMITS as L, TEXT_LIMITS as T } from './limits'

/** The parts of the journey document (see schema.ts), each with its limits and defaults. */

export const idSchema = z.string().min(1).max(64)
const id = idSchema
const ref = id.nullable().default(null)
const text = (max: number = T.long) => z.string().max(max).default('')
const list = <S extends z.ZodTypeAny>(item: S, max: number) => z.array(item).max(max).default([])

export const evidenceSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS).default('none'),
    /** Which research, e.g. "5 interviews, maart 2026". */
    source: text(T.label),
  })
  .default({})

export const personaSchema = z.object({ id, name: text(T.name), description: text(), needs: text() })

export const centralSchema = z.object({
  mode: z.enum(CENTRAL_MODES).default('persona'),
  /** The first is this map's persona; any others are offered as copies of the journey (one case per map). */
  personas: list(personaSchema, L.personas),
  /** Why the general process is mapped instead of a persona (uniform services). */
  generalNote: text(),
})

export const laneSchema = z.object({
  id,
  kind: z.enum(LANE_KINDS),
  /** The name the user chose ("Werkzoekende", "Trajectbegeleider"); empty shows the kind's name. */
  name: text(T.name),
  /** The provider lane can be switched off; its activities are kept for when it is switched on again. */
  enabled: z.boolean().default(true),
})

export const phaseSchema = z.object({ id, name: text(T.name), description: text() })

export const touchpointSchema = z.object({
  id,
  channel: z.enum(CHANNELS),
  label: text(T.label),
  mode: z.enum(TOUCHPOINT_MODES),
  /** E-inclusion: who cannot use this channel, and why ("wie geen smartphone heeft"). Empty: no note. */
  exclusion: text(T.caption),
})

export const momentSchema = z.object({
  id,
  text: text(),
  /** −2…+2 without 0; its sign is the moment's kind (positive or negative). */
  emotion: z
    .number()
    .int()
    .refine((n) => (EMOTION_SCORES as readonly number[]).includes(n), 'errors.emotion'),
  evidence: evidenceSchema,
})

export const handoffSchema = z
  .object({ to: text(T.label) })
  .nullable()
  .default(null)

export const activitySchema = z.object({
  id,
  phaseId: id,
  laneId: id,
  title: text(T.label),
  description: text(),
  /**
   * For a provider or extra-user step: the citizen's step in the same phase it goes with (they often happen
   * at the same time), so the map puts them in one column. Null: a step of its own, placed after the lane's
   * previous step. Always null in the citizen lane.
   */
  besideId: ref,
  /** The citizen is passed on to another organisation or desk here ("van het kastje naar de muur"). */
  handoff: handoffSchema,
  touchpoints: list(touchpointSchema, L.touchpoints),
  moments: list(momentSchema, L.moments),
  evidence: evidenceSchema,
})

/** The aha-exercise: the case owner names two things that could be better, each at its moment… */
export const improvementSchema = z.object({ id, text: text(), momentId: ref })
/** …and the others each bring a strong point, with who named it (a role, not a name). */
export const strengthSchema = z.object({ id, text: text(), role: text(T.name), momentId: ref })
export const ahaSchema = z
  .object({
    improvements: list(improvementSchema, L.improvements),
    strengths: list(strengthSchema, L.strengths),
  })
  .default({})

export const actionSchema = z
  .object({
    owner: text(T.name),
    nextStep: text(T.caption),
    status: z.enum(ACTION_STATUSES).default('open'),
    impact: z.enum(PRIORITY_LEVELS).default('unset'),
    effort: z.enum(PRIORITY_LEVELS).default('unset'),
    /** A date as yyyy-mm-dd, or empty. */
    due: z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/)
      .default(''),
  })
  .default({})

export const insightSchema = z.object({
  id,
  kind: z.enum(INSIGHT_KINDS),
  /** The moment this need or opportunity was derived from. */
  momentId: id,
  /** The point to improve of the aha-exercise it was started from, if any. */
  improvementId: ref,
  text: text(),
  evidence: evidenceSchema,
  /** Owner, next step, status and priority; used for opportunities. */
  action: actionSchema,
})

export const figureSchema = z.object({
  id,
  label: text(T.label),
  value: text(T.value),
  unit: text(T.unit),
  phaseId: ref,
  evidence: evidenceSchema,
})

export const quoteSchema = z.object({
  id,
  text: text(),
  /** A role ("alleenstaande moeder"), never a person's name. */
  role: text(T.name),
  phaseId: ref,
})

export const imageSchema = z.object({
  id,
  /** A downscaled JPEG or PNG as a data URL; nothing is fetched from elsewhere. */
  dataUrl: z.string().regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  caption: text(T.caption),
  alt: text(T.caption),
  phaseId: ref,
})

export const ORIGIN_KINDS = ['new', 'imported', 'duplicate', 'example', 'desired'] as const

/** Where a draft came from, so the start page can say "copy of X" or "imported on 3 March". */
export const originSchema = z.object({
  kind: z.enum(ORIGIN_KINDS),
  importedAt: z.string().datetime().nullable(),
  /** The title of the journey that was duplicated or imported; empty for a new draft. */
  sourceTitle: z.string().max(T.title),
})

export type Evidence = z.infer<typeof evidenceSchema>
export type Origin = z.infer<typeof originSchema>
export type Persona = z.infer<typeof personaSchema>
export type Central = z.infer<typeof centralSchema>
export type Lane = z.infer<typeof laneSchema>
export type Phase = z.infer<typeof phaseSchema>
export type Touchpoint = z.infer<typeof touchpointSchema>
export type Moment = z.infer<typeof momentSchema>
export type Activity = z.infer<typeof activitySchema>
export type Improvement = z.infer<typeof improvementSchema>
export type Strength = z.infer<typeof strengthSchema>
export type Aha = z.infer<typeof ahaSchema>
export type Action = z.infer<typeof actionSchema>
export type Insight = z.infer<typeof insightSchema>
export type Figure = z.infer<typeof figureSchema>
export type Quote = z.infer<typeof quoteSchema>
export type JourneyImage = z.infer<typeof imageSchema>
