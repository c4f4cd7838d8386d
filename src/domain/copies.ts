import { newId } from './ids'
import { cloneJson } from './steps'
import type { Journey, Origin } from './schema'

/**
 * A journey as a new draft of its own: a fresh id when asked (a duplicate, or an import whose id is already
 * taken), revision 0, where it came from, and new timestamps. The source is never changed.
 */
export function asNewDraft(
  source: Journey,
  options: { kind: Origin['kind']; now: Date; freshId: boolean; title?: string },
): Journey {
  const copy = cloneJson(source)
  const stamp = options.now.toISOString()
  return {
    ...copy,
    id: options.freshId ? newId() : copy.id,
    title: options.title ?? copy.title,
    revision: 0,
    origin: {
      kind: options.kind,
      importedAt: options.kind === 'imported' ? stamp : null,
      sourceTitle: source.title,
    },
    createdAt: options.kind === 'imported' ? copy.createdAt : stamp,
    updatedAt: stamp,
  }
}
