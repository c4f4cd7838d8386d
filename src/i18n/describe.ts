import type { Change, Place, RepairNote } from '@/domain'

type T = (key: string, params?: Record<string, unknown>) => string

/** A text cut to a readable length for a sentence about it. */
export const shorten = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

/** "activiteit 2 ‘Vraagt aan’ in fase ‘Aanvraag’", "de titel van de klantreis". */
export function describePlace(place: Place, t: T): string {
  const item =
    place.item === 'journey'
      ? t('places.journey')
      : t(`places.${place.item}`, {
          n: place.n,
          title: shorten(place.title, 40),
          phase: shorten(place.phase, 40),
        })
  const inPhase =
    place.phase && place.item !== 'phase' ? t('places.inPhase', { phase: shorten(place.phase, 40) }) : ''
  const field = place.field && place.field !== 'id' ? t(`fieldNames.${place.field}`) : ''
  return [field ? t('places.fieldOf', { field, item }) : item, inPhase].filter(Boolean).join(' ')
}

/** One repair the reader made, as a sentence. */
export const describeRepair = (note: RepairNote, t: T): string =>
  t(`repairs.${note.kind}`, { where: describePlace(note.place, t), max: note.max ?? 0 })

/** One difference between two versions, as a sentence. */
export function describeChange(change: Change, t: T): string {
  const what = t(`items.${change.item}`)
  const name = change.name ? `‘${shorten(change.name)}’` : ''
  const phase = change.phase ? t('places.inPhase', { phase: shorten(change.phase, 40) }) : ''
  const subject = [what, name, phase].filter(Boolean).join(' ')
  if (change.kind !== 'changed') return t(`changes.${change.kind}`, { subject })
  return t('changes.changed', {
    subject,
    field: t(`fieldNames.${change.field || 'unknown'}`),
    before: shorten(change.before ?? '', 50) || t('changes.empty'),
    after: shorten(change.after ?? '', 50) || t('changes.empty'),
  })
}
