/**
 * Short random ids for journeys and their parts.
 * `crypto.randomUUID` only exists in secure contexts; the app must also run from a plain http server,
 * so ids are built from `crypto.getRandomValues`, which is available everywhere.
 */
export function newId(): string {
  const bytes = new Uint8Array(12)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
