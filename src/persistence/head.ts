/**
 * The revision at the head of a stored text, without parsing the whole document: the app writes
 * `schemaVersion`, `id` and `revision` first. Null when the text does not start that way.
 */
export function headRevision(raw: string | null): number | null {
  const match = raw
    ? /^\{"schemaVersion":\d+,"id":"[^"]*","revision":(\d+)[,}]/.exec(raw.slice(0, 200))
    : null
  return match ? Number(match[1]) : null
}
