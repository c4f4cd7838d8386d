// A tiny static server for a built app, in the bench's own process. It gzips text like any real static host
// does (`vite preview` does not, which Lighthouse would count against the app), and answers `no-cache`, so a
// fresh browser context always loads everything from the network.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.ttf'])

/** Serves `dir` on 127.0.0.1 at a free port; resolves to `{ url, close }`. */
export async function serve(dir) {
  const cache = new Map()
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(normalize(dir) + sep)) return void res.writeHead(403).end()
    try {
      if (!cache.has(file)) {
        const body = await readFile(file)
        cache.set(file, { body, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }) : null })
      }
      const { body, gzip } = cache.get(file)
      const useGzip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(useGzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      })
      res.end(req.method === 'HEAD' ? undefined : useGzip ? gzip : body)
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve)
        server.closeAllConnections()
      }),
  }
}
