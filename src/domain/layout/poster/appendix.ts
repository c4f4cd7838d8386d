/**
 * The texts the map had to shorten, printed whole at the end. A cut text ends in "… zie A3", and A3 in the
 * appendix holds it in full, so nothing the user wrote is missing from the PDF.
 */
export interface AppendixEntry {
  ref: string
  heading: string
  text: string
}

export class Appendix {
  readonly entries: AppendixEntry[] = []
  private byKey = new Map<string, string>()

  /** The reference of a text (the same text at the same place gets the same reference). */
  note(heading: string, text: string): string {
    const key = `${heading}\u0000${text}`
    const known = this.byKey.get(key)
    if (known) return known
    const ref = `A${this.entries.length + 1}`
    this.entries.push({ ref, heading, text })
    this.byKey.set(key, ref)
    return ref
  }
}
