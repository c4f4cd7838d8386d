// Just the parts of two untyped build-time packages that src/build and its tests use.

declare module 'subset-font' {
  export interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'
    noHinting?: boolean
    dropTables?: string[]
    preserveNameIds?: number[]
    keepFeatures?: string[]
  }
  /** Resolves to a Node Buffer (a Uint8Array). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Uint8Array>
}

declare module 'fontkit' {
  export interface Glyph {
    id: number
    advanceWidth: number
    bbox: { minX: number; minY: number; maxX: number; maxY: number }
  }
  export interface GlyphRun {
    glyphs: Glyph[]
    positions: { xAdvance: number; xOffset: number }[]
    advanceWidth: number
  }
  export interface Font {
    unitsPerEm: number
    numGlyphs: number
    characterSet: number[]
    hhea: { ascent: number; descent: number; lineGap: number }
    'OS/2': { typoAscender: number; typoDescender: number; winAscent: number; winDescent: number }
    post: { version: number }
    directory: { tables: Record<string, unknown> }
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun
  }
  export function create(buffer: Uint8Array): Font
  export function openSync(path: string): Font
}
