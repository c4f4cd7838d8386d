/**
 * A quote's text without the quotation marks the user may have typed around it: the map and the poster put
 * their own around it, and “„Zo”” would read as a mistake.
 */
export const unquoted = (text: string): string => text.trim().replace(/^[“"„«]+\s*|\s*[”"«»]+$/gu, '')
