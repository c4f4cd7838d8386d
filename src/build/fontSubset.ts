import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import subsetFont from 'subset-font'
import { charsetText } from '../domain/layout/charset'

export type Weight = 'regular' | 'bold'
export type FontFormat = 'ttf' | 'woff2'

/** One subset font file: what the virtual module names it by, the asset file name and its bytes. */
export interface SubsetFile {
  weight: Weight
  format: FontFormat
  /** `regularTtf`, `boldWoff2`, …: the export of `virtual:klantreis-fonts`. */
  key: `${Weight}${'Ttf' | 'Woff2'}`
  fileName: string
  bytes: Uint8Array
}

const SOURCES: Record<Weight, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' }
const FILE_BASE: Record<Weight, string> = { regular: 'dejavu-sans-subset', bold: 'dejavu-sans-bold-subset' }

/**
 * Tables the layout model has no counterpart for. Without GSUB/GPOS/kern neither jsPDF nor a browser can
 * kern, form ligatures or swap glyphs, so every renderer advances by hmtx alone, exactly as text.ts
 * measures, even where a stylesheet forgets `font-kerning: none`. MATH and the hinting side tables are
 * dead weight here. Hinting itself goes too (`noHinting`): it is most of DejaVu's size, and an unhinted
 * font keeps rasterisers from rounding advances to whole pixels.
 */
const DROP_TABLES = ['GSUB', 'GPOS', 'GDEF', 'kern', 'MATH', 'hdmx', 'LTSH', 'VDMX', 'FFTM', 'JSTF', 'BASE']

/** Bump when the subsetting changes in a way the hash below cannot see. */
const CACHE_VERSION = 'klantreis-fonts-1'

/** Reads a DejaVu source TTF from node_modules (resolved like an import from `root`). */
export function readSourceFont(weight: Weight, root = process.cwd()): Promise<Uint8Array> {
  const require = createRequire(join(root, 'package.json'))
  return readFile(require.resolve(`dejavu-fonts-ttf/ttf/${SOURCES[weight]}`))
}

/**
 * Subsets both DejaVu weights to the app's charset, as TTF (jsPDF embeds it) and WOFF2 (the browser's
 * web font). hb-subset already writes `post` version 3 (no glyph names) and keeps only name ids 0–6, which
 * is what slimFont.ts did to the full fonts, so the TTF goes to jsPDF as is. Results are cached in
 * `node_modules/.cache/klantreis-fonts/`, keyed by a hash of everything that shapes them, because the
 * WOFF2 (Brotli) encoding takes about half a second per weight.
 */
export async function subsetFonts(root = process.cwd()): Promise<SubsetFile[]> {
  const cacheDir = join(root, 'node_modules', '.cache', 'klantreis-fonts')
  await mkdir(cacheDir, { recursive: true }).catch(() => undefined)
  const text = charsetText()
  const tasks: Promise<SubsetFile>[] = []
  for (const weight of ['regular', 'bold'] as const) {
    const source = await readSourceFont(weight, root)
    for (const format of ['ttf', 'woff2'] as const) {
      const fileName = `${FILE_BASE[weight]}.${format}`
      const key = `${weight}${format === 'ttf' ? 'Ttf' : 'Woff2'}` as const
      const hash = createHash('sha256')
        .update(JSON.stringify([CACHE_VERSION, subsetFontVersion(root), format, DROP_TABLES, text]))
        .update(source)
        .digest('hex')
        .slice(0, 16)
      const path = join(cacheDir, `${hash}-${fileName}`)
      tasks.push(
        cached(path, () => subset(source, text, format)).then((bytes) => ({
          weight,
          format,
          key,
          fileName,
          bytes,
        })),
      )
    }
  }
  return Promise.all(tasks)
}

async function subset(source: Uint8Array, text: string, format: FontFormat): Promise<Uint8Array> {
  return subsetFont(source, text, {
    targetFormat: format === 'ttf' ? 'truetype' : 'woff2',
    noHinting: true,
    dropTables: DROP_TABLES,
  })
}

/**
 * The file at `path`, or `make()` written there first (via a rename, so a concurrent reader never sees
 * half a file). A cache that cannot be written (read-only node_modules) only costs the time.
 */
async function cached(path: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } catch {
    const bytes = new Uint8Array(await make())
    const temp = `${path}.${process.pid}.tmp`
    await writeFile(temp, bytes)
      .then(() => rename(temp, path))
      .catch(() => undefined)
    return bytes
  }
}

/** Part of the cache key: another harfbuzz may subset differently. */
function subsetFontVersion(root: string): string {
  const require = createRequire(join(root, 'package.json'))
  const read = (name: string) => (require(`${name}/package.json`) as { version: string }).version
  try {
    return `${read('subset-font')}/${read('harfbuzzjs')}`
  } catch {
    return 'unknown'
  }
}
