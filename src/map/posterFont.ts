import { boldWoff2, regularWoff2 } from 'virtual:klantreis-fonts'

/** The poster font as @font-face rules, for a copy of the page that does not share this one's fonts. */
export const posterFontCss = () =>
  [
    [regularWoff2, 400],
    [boldWoff2, 700],
  ]
    .map(
      ([url, weight]) =>
        `@font-face{font-family:'${POSTER_FONT}';src:url(${url}) format('woff2');font-weight:${weight}}`,
    )
    .join('\n')

/** The family the poster is drawn in: the same DejaVu Sans subset the layout measures with and the PDF embeds. */
export const POSTER_FONT = 'Klantreis DejaVu Sans'

let loaded: Promise<void> | null = null

/**
 * Adds the poster's two weights to the page and waits until they are usable, so the print view and the PNG
 * never draw a line in a fallback font (whose widths would not match the layout). Loaded with the map only.
 */
export function loadPosterFont(): Promise<void> {
  loaded ??= Promise.all(
    [
      new FontFace(POSTER_FONT, `url(${regularWoff2})`, { weight: '400' }),
      new FontFace(POSTER_FONT, `url(${boldWoff2})`, { weight: '700' }),
    ].map(async (face) => document.fonts.add(await face.load())),
  ).then(
    () => undefined,
    (error: unknown) => {
      loaded = null
      throw error
    },
  )
  return loaded
}
