/**
 * A Storage kept in memory, for browsers that refuse localStorage (blocked by policy, some private modes).
 * The app keeps working for the session; the UI warns that nothing will be kept and offers the file download.
 */
export function createMemoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
}
