// The `hyphen` package ships no types. Only the Dutch entry is used (by hyphenation.ts).
declare module 'hyphen/nl' {
  interface DutchHyphenation {
    /** Inserts soft hyphens (U+00AD) at the hyphenation points of every word of at least 5 letters. */
    hyphenateSync(text: string): string
  }
  const dutch: DutchHyphenation
  export = dutch
}
