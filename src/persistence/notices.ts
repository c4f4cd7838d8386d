import { CHANNEL_NAME } from './keys'

/** What one tab tells the others after it saved or removed a journey. */
export interface SavedNotice {
  id: string
  /** The revision now stored, or null when the journey was deleted. */
  revision: number | null
  tab: string
}

/** This tab, so a tab can tell its own saves from another's when two report the same revision. */
export const TAB_ID = Math.random().toString(36).slice(2)

let channel: BroadcastChannel | null | undefined
const open = () => {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null
  return channel
}

export function publishSaved(id: string, revision: number | null): void {
  open()?.postMessage({ id, revision, tab: TAB_ID } satisfies SavedNotice)
}

/**
 * Calls back when another tab saved or removed a journey. BroadcastChannel arrives at once; the `storage`
 * event only once the other tab's localStorage write reached this renderer (in Chromium that may be late).
 */
export function onSaved(callback: (notice: SavedNotice) => void): () => void {
  const handler = (event: MessageEvent<SavedNotice>) => {
    const data = event.data
    if (data && typeof data.id === 'string' && data.tab !== TAB_ID) callback(data)
  }
  const ch = open()
  ch?.addEventListener('message', handler)
  return () => ch?.removeEventListener('message', handler)
}
