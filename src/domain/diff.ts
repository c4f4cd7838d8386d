import type { PlaceItem } from './place'
import type { Journey } from './schema'

/**
 * What changed between two versions of a journey, item by item (matched by id), in a form the UI turns into
 * sentences: "Activiteit ‘Belt de gemeente’ (fase Oriëntatie) toegevoegd". Used to compare two tabs' versions
 * before choosing one, and by the version history.
 */
export interface Change {
  kind: 'added' | 'removed' | 'changed'
  item: PlaceItem
  /** How the item is known: its title, name or text (shortened by the UI). */
  name: string
  /** The phase it is in, if any. */
  phase: string
  /** For `changed`: the field, and its value before and after (as text). */
  field?: string
  before?: string
  after?: string
}

type Item = { id: string } & Record<string, unknown>
const show = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)

interface Kind<T extends Item> {
  item: PlaceItem
  list: (j: Journey) => T[]
  name: (x: T) => string
  phase: (x: T, j: Journey) => string
  fields: (keyof T & string)[]
}

const phaseName = (j: Journey, id: unknown) => j.phases.find((p) => p.id === id)?.name ?? ''
const ofActivity = (j: Journey, childId: string, key: 'touchpoints' | 'moments') =>
  j.activities.find((a) => (a[key] as Item[]).some((c) => c.id === childId))

function kinds(): Kind<Item>[] {
  const k = <T extends Item>(kind: Kind<T>) => kind as unknown as Kind<Item>
  return [
    k({
      item: 'persona',
      list: (j) => j.central.personas,
      name: (p) => p.name,
      phase: () => '',
      fields: ['name', 'description', 'needs'],
    }),
    k({
      item: 'lane',
      list: (j) => j.lanes,
      name: (l) => l.name || l.kind,
      phase: () => '',
      fields: ['name', 'enabled'],
    }),
    k({
      item: 'phase',
      list: (j) => j.phases,
      name: (p) => p.name,
      phase: () => '',
      fields: ['name', 'description'],
    }),
    k({
      item: 'activity',
      list: (j) => j.activities,
      name: (a) => a.title,
      phase: (a, j) => phaseName(j, a.phaseId),
      fields: ['title', 'description', 'besideId', 'handoff', 'evidence'],
    }),
    k({
      item: 'touchpoint',
      list: (j) => j.activities.flatMap((a) => a.touchpoints),
      name: (t) => t.label,
      phase: (t, j) => phaseName(j, ofActivity(j, t.id, 'touchpoints')?.phaseId),
      fields: ['channel', 'mode', 'label', 'exclusion'],
    }),
    k({
      item: 'moment',
      list: (j) => j.activities.flatMap((a) => a.moments),
      name: (m) => m.text,
      phase: (m, j) => phaseName(j, ofActivity(j, m.id, 'moments')?.phaseId),
      fields: ['text', 'emotion', 'evidence'],
    }),
    k({
      item: 'improvement',
      list: (j) => j.aha.improvements,
      name: (p) => p.text,
      phase: () => '',
      fields: ['text', 'momentId'],
    }),
    k({
      item: 'strength',
      list: (j) => j.aha.strengths,
      name: (s) => s.text,
      phase: () => '',
      fields: ['text', 'role', 'momentId'],
    }),
    k({
      item: 'insight',
      list: (j) => j.insights,
      name: (s) => s.text,
      phase: () => '',
      fields: ['kind', 'text', 'evidence', 'action'],
    }),
    k({
      item: 'figure',
      list: (j) => j.figures,
      name: (f) => f.label,
      phase: (f, j) => phaseName(j, f.phaseId),
      fields: ['label', 'value', 'unit', 'phaseId', 'evidence'],
    }),
    k({
      item: 'quote',
      list: (j) => j.quotes,
      name: (q) => q.text,
      phase: (q, j) => phaseName(j, q.phaseId),
      fields: ['text', 'role', 'phaseId'],
    }),
    k({
      item: 'image',
      list: (j) => j.images,
      name: (i) => i.caption || i.alt,
      phase: (i, j) => phaseName(j, i.phaseId),
      fields: ['caption', 'alt', 'phaseId', 'dataUrl'],
    }),
  ]
}

const JOURNEY_FIELDS = ['title', 'caseDescription', 'goal'] as const

/** Every difference from `before` to `after`, in the order of the journey. */
export function diffJourneys(before: Journey, after: Journey): Change[] {
  const changes: Change[] = []
  for (const field of JOURNEY_FIELDS)
    if (before[field] !== after[field])
      changes.push({
        kind: 'changed',
        item: 'journey',
        name: '',
        phase: '',
        field,
        before: before[field],
        after: after[field],
      })
  for (const field of ['mode', 'generalNote'] as const)
    if (before.central[field] !== after.central[field])
      changes.push({
        kind: 'changed',
        item: 'journey',
        name: '',
        phase: '',
        field,
        before: before.central[field],
        after: after.central[field],
      })
  for (const kind of kinds()) {
    const old = new Map(kind.list(before).map((x) => [x.id, x]))
    const now = new Map(kind.list(after).map((x) => [x.id, x]))
    for (const [id, x] of old)
      if (!now.has(id))
        changes.push({ kind: 'removed', item: kind.item, name: kind.name(x), phase: kind.phase(x, before) })
    for (const [id, x] of now) {
      const was = old.get(id)
      if (!was) {
        changes.push({ kind: 'added', item: kind.item, name: kind.name(x), phase: kind.phase(x, after) })
        continue
      }
      for (const field of kind.fields) {
        const a = show(was[field])
        const b = show(x[field])
        if (a !== b)
          changes.push({
            kind: 'changed',
            item: kind.item,
            name: kind.name(x),
            phase: kind.phase(x, after),
            field,
            before: a,
            after: b,
          })
      }
    }
  }
  return changes
}
