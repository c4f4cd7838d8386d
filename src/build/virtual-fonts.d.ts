/**
 * The module src/build/fontsPlugin.ts generates: URLs of the DejaVu Sans subsets (relative asset URLs
 * in a build, dev-server paths in `vite dev`, `data:` URLs under Vitest). Fetch them; never import the
 * files themselves.
 */
declare module 'virtual:klantreis-fonts' {
  /** DejaVu Sans, TrueType, for jsPDF. */
  export const regularTtf: string
  /** DejaVu Sans Bold, TrueType, for jsPDF. */
  export const boldTtf: string
  /** DejaVu Sans, WOFF2, for the browser (`@font-face` / `FontFace`). */
  export const regularWoff2: string
  /** DejaVu Sans Bold, WOFF2, for the browser. */
  export const boldWoff2: string
}
