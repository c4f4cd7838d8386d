import type { Path } from './paths'

/**
 * Where a path in a journey is, in words a person recognises rather than a schema path: "the description of
 * activity 2 ('Vraagt aan') in phase 'Aanvraag'". The UI turns it into a sentence; the domain only finds it.
 * Works on any parsed JSON, also one that does not (yet) fit the schema.
 */
export type PlaceItem =
  | 'journey'
  | 'persona'
  | 'lane'
  | 'phase'
  | 'activity'
  | 'touchpoint'
  | 'moment'
  | 'improvement'
  | 'strength'
  | 'insight'
  | 'figure'
  | 'quote'
  | 'image'

export interface Place {
  item: PlaceItem
  /** 1-based position: within its phase and lane for an activity, within its activity for what hangs on it. */
  n: number
  /** The title of the activity (for an activity, or a touchpoint or moment on it). */
  title: string
  /** The phase it is in, when it is in one. */
  phase: string
  /** The field, as the last path part ("description"), or '' for the item as a whole. */
  field: string
}

type Doc = Record<string, unknown>
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v)
const at = (list: unknown, i: PathPart): Doc =>
  Array.isArray(list) && isDoc(list[i as number]) ? list[i as number] : {}
type PathPart = Path[number]
const s = (v: unknown) => (typeof v === 'string' ? v : '')

const LISTS: Record<string, PlaceItem> = {
  phases: 'phase',
  lanes: 'lane',
  insights: 'insight',
  figures: 'figure',
  quotes: 'quote',
  images: 'image',
}

export function placeOf(doc: unknown, path: Path): Place {
  const root = isDoc(doc) ? doc : {}
  const phases = Array.isArray(root.phases) ? root.phases.filter(isDoc) : []
  const phaseName = (id: unknown) => s(phases.find((p) => p.id === id)?.name)
  const [head, i, sub, j] = path
  const field = (from: number) => (path.length > from ? String(path[path.length - 1]) : '')
  const place = (item: PlaceItem, n: number, rest: Partial<Place> = {}): Place => ({
    item,
    n,
    title: '',
    phase: '',
    field: '',
    ...rest,
  })
  if (head === 'activities' && typeof i === 'number') {
    const activity = at(root.activities, i)
    const list = Array.isArray(root.activities) ? root.activities.filter(isDoc) : []
    const siblings = list.filter((a) => a.phaseId === activity.phaseId && a.laneId === activity.laneId)
    const common = { title: s(activity.title), phase: phaseName(activity.phaseId) }
    if ((sub === 'moments' || sub === 'touchpoints') && typeof j === 'number')
      return place(sub === 'moments' ? 'moment' : 'touchpoint', j + 1, { ...common, field: field(4) })
    return place('activity', siblings.indexOf(activity) + 1, { ...common, field: field(2) })
  }
  if (head === 'central' && i === 'personas' && typeof sub === 'number')
    return place('persona', sub + 1, { field: field(3) })
  if (head === 'aha' && (i === 'improvements' || i === 'strengths') && typeof sub === 'number')
    return place(i === 'improvements' ? 'improvement' : 'strength', sub + 1, { field: field(3) })
  if (typeof head === 'string' && LISTS[head] && typeof i === 'number') {
    const item = at(root[head], i)
    const phase = head === 'phases' ? s(item.name) : phaseName(item.phaseId)
    return place(LISTS[head], i + 1, { phase, field: field(2) })
  }
  return place('journey', 0, { field: typeof head === 'string' ? String(path[path.length - 1] ?? '') : '' })
}
