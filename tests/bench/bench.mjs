// Measures the production build in Debian's headless Chromium. Not part of `npm test`: timings are reported,
// never asserted. Usage: npm run bench   (builds first; writes bench-results.json, git-ignored)
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync, statSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const PORT = 4180
const BASE = `http://127.0.0.1:${PORT}/`
const RUNS = 5
const large = JSON.parse(readFileSync('tests/fixtures/journey-large.json', 'utf8'))

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const gz = (file) => gzipSync(readFileSync(file)).length

/** First-load JS and CSS: what index.html loads before any route is visited (entry + modulepreloads + css). */
function firstLoad() {
  const html = readFileSync('dist/index.html', 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])
  const js = refs.filter((r) => r.endsWith('.js')).reduce((n, r) => n + gz(`dist/${r}`), 0)
  const css = refs.filter((r) => r.endsWith('.css')).reduce((n, r) => n + gz(`dist/${r}`), 0)
  const lazy = readdirSync('dist/assets').filter((f) => /^(jspdf|html2canvas|index\.es|purify)/.test(f))
  return { js, css, lazyExportChunks: lazy.map((f) => ({ file: f, gzip: gz(`dist/assets/${f}`) })) }
}

async function withServer(run) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
    },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  try {
    return await run()
  } finally {
    server.kill()
  }
}

async function measureMap(browser) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true })
  await context.addInitScript(
    (j) => localStorage.setItem(`klantreis:journey:${j.id}`, JSON.stringify(j)),
    large,
  )
  const page = await context.newPage()
  await page.goto(BASE)
  await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor()
  const render = []
  for (let i = 0; i <= RUNS; i++) {
    const ms = await page.evaluate(async (id) => {
      location.hash = '#/'
      await new Promise((r) => setTimeout(r, 50))
      const start = performance.now()
      location.hash = `#/journey/${id}/map`
      while (document.querySelectorAll('.map-sheet').length === 0)
        await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)))
      return performance.now() - start
    }, large.id)
    if (i > 0) render.push(ms) // the first run also loads the map's chunk
  }
  const timeDownload = async (name) => {
    const times = []
    let size = 0
    for (let i = 0; i <= RUNS; i++) {
      const start = Date.now()
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name }).click()
      const file = await (await download).path()
      if (i > 0) times.push(Date.now() - start) // the first run also loads the library and fonts
      size = statSync(file).size
    }
    return { ms: median(times), bytes: size }
  }
  const pdfA3 = await timeDownload('Download als PDF')
  await page.getByLabel('A4 liggend').check()
  const pdfA4 = await timeDownload('Download als PDF')
  await page.getByLabel('A3 liggend').check()
  const png = await timeDownload('Download als afbeelding (PNG)')
  await context.close()
  return { mapRenderMs: median(render), pdfA3, pdfA4, png }
}

const started = Date.now()
await new Promise((resolve, reject) =>
  spawn('npx', ['vite', 'build'], { stdio: 'ignore' }).on('exit', (c) =>
    c ? reject(new Error('build failed')) : resolve(),
  ),
)
const load = firstLoad()
const results = await withServer(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  try {
    return await measureMap(browser)
  } finally {
    await browser.close()
  }
})

const report = {
  date: new Date().toISOString(),
  firstLoadJsGzip: load.js,
  firstLoadCssGzip: load.css,
  exportChunksGzip: load.lazyExportChunks,
  largeFixture: {
    file: 'tests/fixtures/journey-large.json',
    bytes: statSync('tests/fixtures/journey-large.json').size,
  },
  ...results,
  benchSeconds: (Date.now() - started) / 1000,
}
writeFileSync('bench-results.json', JSON.stringify(report, null, 2) + '\n')
console.table({
  'first-load JS (gzip bytes)': load.js,
  'first-load CSS (gzip bytes)': load.css,
  'map render, large fixture (ms, median)': Math.round(results.mapRenderMs),
  'PDF A3 (ms, median)': results.pdfA3.ms,
  'PDF A3 (bytes)': results.pdfA3.bytes,
  'PDF A4 (ms, median)': results.pdfA4.ms,
  'PDF A4 (bytes)': results.pdfA4.bytes,
  'PNG (ms, median)': results.png.ms,
  'PNG (bytes)': results.png.bytes,
})
