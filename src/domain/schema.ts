import { z } from 'zod'
import { LIST_LIMITS as L, TEXT_LIMITS as T } from './limits'
import { checkIntegrity } from './integrity'
import { SCHEMA_VERSION } from './version'
import {
  ahaSchema,
  activitySchema,
  centralSchema,
  figureSchema,
  idSchema,
  imageSchema,
  insightSchema,
  laneSchema,
  originSchema,
  phaseSchema,
  quoteSchema,
} from './schemaParts'
import { linkSchema, remarkSchema, versionSchema } from './reviewSchema'

/**
 * The stored journey document: one schema gives the types, the reading of stored drafts and files, and (picked
 * per step, see `stepSchemas.ts`) the wizard's forms. It is lenient on purpose: a draft may be incomplete, so
 * texts may be empty and lists short; what a finished step needs is said by the step rules. Defaults fill what
 * an older or hand-made document lacks; `repair.ts` mends what breaks a limit.
 */
export { SCHEMA_VERSION }
export * from './schemaParts'
export * from './reviewSchema'

const id = idSchema
const text = (max: number = T.long) => z.string().max(max).default('')
const list = <S extends z.ZodTypeAny>(item: S, max: number) => z.array(item).max(max).default([])

export const journeyObjectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  /**
   * Raised by one on every save. Another tab that holds a lower revision knows it is looking at an old copy.
   * No default: a document without it did not come through a migration.
   */
  revision: z.number().int().nonnegative(),
  origin: originSchema,
  title: text(T.title),
  caseDescription: text(),
  goal: text(),
  central: centralSchema.default({}),
  lanes: z.array(laneSchema).min(1).max(L.lanes),
  phases: list(phaseSchema, L.phases),
  activities: list(activitySchema, L.activities),
  aha: ahaSchema,
  insights: list(insightSchema, L.insights),
  figures: list(figureSchema, L.figures),
  quotes: list(quoteSchema, L.quotes),
  images: list(imageSchema, L.images),
  /** Colleagues' remarks from review rounds, merged from their feedback files. */
  remarks: list(remarkSchema, 1000),
  /** Named versions ("Versie voor de stuurgroep"), oldest first. */
  versions: list(versionSchema, 50),
  /** When the journey should be looked at again ("Herbekijken op"), yyyy-mm-dd, or empty. */
  reviewOn: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .default(''),
  /** The desired (to-be) journey made from this one, or the current one this was made from. */
  link: linkSchema,
  /** The step the user last worked on, so reopening lands there. */
  lastStepId: z.string().max(40).default('goal'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
})

/** The document as stored and exported: the object plus its cross-reference rules. */
export const journeySchema = journeyObjectSchema.superRefine(checkIntegrity)

export type Journey = z.infer<typeof journeyObjectSchema>
