import { newId } from './ids'
import type { Journey, Origin } from './schema'

/**
 * A journey as a new draft of its own: a fresh id when asked (a duplicate, or an import whose id is already
 * taken), revision 0, where it came from, and new timestamps. Documents are never mutated, so the copy may
 * share its parts with the source.
 */
export function asNewDraft(
  source: Journey,
  options: { kind: Origin['kind']; now: Date; freshId: boolean; title?: string },
): Journey {
  const stamp = options.now.toISOString()
  return {
    ...source,
    id: options.freshId ? newId() : source.id,
    title: options.title ?? source.title,
    revision: 0,
    origin: {
      kind: options.kind,
      importedAt: options.kind === 'imported' ? stamp : null,
      sourceTitle: source.title,
    },
    createdAt: options.kind === 'imported' ? source.createdAt : stamp,
    updatedAt: stamp,
  }
}
