import { z } from 'zod'
import { LIST_LIMITS as L, TEXT_LIMITS as T } from './limits'
import {
  activitySchema,
  ahaSchema,
  centralSchema,
  figureSchema,
  idSchema,
  imageSchema,
  insightSchema,
  laneSchema,
  phaseSchema,
  quoteSchema,
} from './schemaParts'

const text = (max: number = T.long) => z.string().max(max).default('')

/** What a colleague's remark is about: a step of the method, or one item of the journey. */
export const REMARK_TARGETS = ['step', 'activity', 'touchpoint', 'moment', 'insight'] as const
/** Agree, disagree or comment on what is there; add a strong point or a step that is missing. */
export const VERDICTS = ['agree', 'disagree', 'comment', 'strength', 'missing'] as const
export const REMARK_STATES = ['open', 'accepted', 'answered', 'setAside'] as const

export const remarkSchema = z.object({
  id: idSchema,
  /** Who said it: a role ("teamverantwoordelijke"), as the colleague wrote it. */
  by: text(T.name),
  at: z.string().datetime(),
  target: z.object({
    kind: z.enum(REMARK_TARGETS),
    /** The step of the method it belongs to (also for an item). */
    step: z.string().max(40),
    /** The item's id; null for a remark on a step. */
    id: idSchema.nullable().default(null),
    /** What the item said when the colleague read it, to show beside a remark whose item is gone. */
    label: text(T.caption),
  }),
  verdict: z.enum(VERDICTS),
  text: text(),
  /** New words for the item, or the missing step's title: accepting the remark puts them in the journey. */
  proposal: text(),
  /** For a missing step: the phase it belongs to. */
  phaseId: idSchema.nullable().default(null),
  state: z.enum(REMARK_STATES).default('open'),
  answer: text(),
  /** Which round of feedback (which review file) it came with. */
  round: text(80),
})

/**
 * A named version keeps the journey's content as it was. Versions are stored as changes: a list keeps the
 * ids of items that are the same as in the version before, so twenty versions of a journey cost little more
 * than the items that changed between them (`versions.ts`). The oldest version holds everything.
 */
const packedList = <S extends z.ZodTypeAny>(item: S, max: number) =>
  z
    .array(z.union([idSchema, item]))
    .max(max)
    .optional()
export const packedContentSchema = z.object({
  title: z.string().max(T.title).optional(),
  caseDescription: z.string().max(T.long).optional(),
  goal: z.string().max(T.long).optional(),
  central: centralSchema.optional(),
  lanes: packedList(laneSchema, L.lanes),
  phases: packedList(phaseSchema, L.phases),
  activities: packedList(activitySchema, L.activities),
  aha: ahaSchema.optional(),
  insights: packedList(insightSchema, L.insights),
  figures: packedList(figureSchema, L.figures),
  quotes: packedList(quoteSchema, L.quotes),
  images: packedList(imageSchema, L.images),
})

export const versionSchema = z.object({
  id: idSchema,
  name: text(T.name),
  at: z.string().datetime(),
  content: packedContentSchema,
})

/** The as-is journey and its desired (to-be) copy point at each other. */
export const linkSchema = z
  .object({
    kind: z.enum(['desired', 'current']),
    id: idSchema,
    title: text(T.title),
  })
  .nullable()
  .default(null)

export type Remark = z.infer<typeof remarkSchema>
export type Version = z.infer<typeof versionSchema>
export type PackedContent = z.infer<typeof packedContentSchema>
export type JourneyLink = z.infer<typeof linkSchema>
