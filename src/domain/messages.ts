/**
 * Validation messages are i18n keys so the domain stays language-free. A message that needs values carries
 * them as JSON after `::` (zod messages are plain strings); `decodeMessage` splits them again for the UI.
 */
export function encodeMessage(key: string, params?: Record<string, string | number>): string {
  return params ? `${key}::${JSON.stringify(params)}` : key
}

export function decodeMessage(message: string): { key: string; params: Record<string, string | number> } {
  const at = message.indexOf('::')
  if (at < 0) return { key: message, params: {} }
  const key = message.slice(0, at)
  try {
    const params: unknown = JSON.parse(message.slice(at + 2))
    const isRecord = typeof params === 'object' && params !== null && !Array.isArray(params)
    return { key, params: isRecord ? (params as Record<string, string | number>) : {} }
  } catch {
    return { key, params: {} }
  }
}
