import type { Plugin, ResolvedConfig } from 'vite'
import { subsetFonts, type SubsetFile } from './fontSubset'

const VIRTUAL_ID = 'virtual:klantreis-fonts'
const RESOLVED_ID = '\0' + VIRTUAL_ID
/** Where `vite dev` serves the subsets from memory. */
const DEV_PATH = '@klantreis-fonts/'

const MIME: Record<SubsetFile['format'], string> = { ttf: 'font/ttf', woff2: 'font/woff2' }

/**
 * Subsets DejaVu Sans (regular and bold) to the charset of src/domain/layout/charset.ts at build start and
 * exposes the four files (TTF for jsPDF, WOFF2 for the browser) as URLs through `virtual:klantreis-fonts`:
 *
 * - `vite build`: emitted as hashed assets; `import.meta.ROLLUP_FILE_URL_*` keeps the URL relative to
 *   the chunk, which `base: './'` needs.
 * - `vite dev`: served by a middleware under `/@klantreis-fonts/`.
 * - Vitest (no HTTP server): `data:` URLs, so `fetch` in a test gets the real bytes.
 */
export function klantreisFonts(): Plugin {
  let config: ResolvedConfig | undefined
  let files: Promise<SubsetFile[]> | undefined
  const load = () => (files ??= subsetFonts(config?.root))

  return {
    name: 'klantreis-fonts',
    configResolved(resolved) {
      config = resolved
    },
    async buildStart() {
      await load()
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const list = await load()
      const url = (file: SubsetFile): string => {
        if (config?.command === 'build') {
          const ref = this.emitFile({ type: 'asset', name: file.fileName, source: file.bytes })
          return `import.meta.ROLLUP_FILE_URL_${ref}`
        }
        if (process.env.VITEST) {
          return JSON.stringify(
            `data:${MIME[file.format]};base64,${Buffer.from(file.bytes).toString('base64')}`,
          )
        }
        return JSON.stringify(`${config?.base ?? '/'}${DEV_PATH}${file.fileName}`)
      }
      return list.map((file) => `export const ${file.key} = ${url(file)}`).join('\n') + '\n'
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /\/@klantreis-fonts\/([\w.-]+)(?:[?#]|$)/.exec(req.url ?? '')?.[1]
        if (name === undefined) return next()
        load().then(
          (list) => {
            const file = list.find((f) => f.fileName === name)
            if (!file) return next()
            res.setHeader('Content-Type', MIME[file.format])
            res.setHeader('Cache-Control', 'no-cache')
            res.end(file.bytes)
          },
          (error: unknown) => next(error),
        )
      })
    },
  }
}
