// Measures the production build in Debian's headless Chromium. Not part of `npm test`: timings are reported,
// never asserted (the table marks the targets). Usage:
//
//   npm run bench                                        every measure, about 2 minutes
//   node tests/bench/bench.mjs --only=keystroke,start    only the named measures (both apps are still built)
//
// Measures (names for --only): size (first-load JS and CSS against the minimal app), map (map render, PDF, PNG),
// start (start page usable, app and minimal app, CPU 1× and 4×), step (a large journey's step usable),
// save (a keystroke in step 1's title and its save, timed in the page), keystroke (keystrokes in step 4's
// activity description and their saves, main-thread time from a Chrome trace, CPU 1× and 4×), lighthouse,
// plain (the plain-language check per field of the large fixture, in node: ./plain.mjs).
// Writes bench-results.json (git-ignored) with the measures that ran.
//
// The app and a minimal Vue + vue-router + Pinia app (tests/bench/minimal-app) are built here, with the same
// Vite and @vitejs/plugin-vue, into a temporary folder: dist/ is left alone for whoever runs the e2e tests now.
// Both are served by ./serve.mjs (gzip, no-cache), in this process. Progress goes to stderr.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'
import { runLighthouse } from './lighthouse.mjs'
import { measurePlain } from './plain.mjs'
import { serve } from './serve.mjs'

const RUNS = 5
/** A map render takes about 0.1 s and varies by ±30% on a shared 2-core machine: more runs, a steadier median. */
const MAP_RENDER_RUNS = 11
/** Measured keystrokes per CPU rate in step 4 (after one unmeasured warm-up keystroke). */
const KEYSTROKES = 7
/** The slowed CPU: Chrome DevTools' "4× slowdown", roughly a mid-range phone against this machine. */
const SLOW_CPU = 4
const TARGETS = {
  firstLoadRatio: 2.5,
  startUsableMs: 150,
  /** Start page usable, app/minimal app, at CPU 1× and at 4×. */
  startRatio: 1.5,
  saveTaskMs: 5,
  /** Step 4's keystroke, main-thread time until idle, at CPU 1×. */
  keystrokeMs: 5,
  /** Long tasks in step 4's keystrokes and their saves, at CPU 4×. */
  keystrokeLongTasks: 0,
  /** The plain-language check of one field (issue 14): p95 over the large fixture's fields, first check of each. */
  plainFieldMs: 5,
  mapRenderMs: 100,
  pdfMs: 300,
  pdfBytes: 150_000,
  pngMs: 2000,
}
const MEASURES = ['size', 'map', 'start', 'step', 'save', 'keystroke', 'lighthouse', 'plain']
const only = parseOnly(process.argv.slice(2))
const wants = (measure) => only.includes(measure)
const large = JSON.parse(readFileSync('tests/fixtures/journey-large.json', 'utf8'))
const small = JSON.parse(readFileSync('tests/fixtures/journey-small.json', 'utf8'))
const started = Date.now()
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round1 = (x) => Math.round(x * 10) / 10
const round2 = (x) => Math.round(x * 100) / 100
const gz = (file) => gzipSync(readFileSync(file)).length

/** The measures to run: all of MEASURES, or those of `--only=a,b`. Anything else stops with the usage. */
function parseOnly(args) {
  const usage = `usage: node tests/bench/bench.mjs [--only=${MEASURES.join(',')}]`
  if (args.length === 0) return MEASURES
  const names =
    args.length === 1 && args[0].startsWith('--only=') ? args[0].slice('--only='.length).split(',') : []
  const unknown = names.filter((name) => !MEASURES.includes(name))
  if (names.length === 0 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown measure: ${unknown.join(', ')}\n${usage}` : usage)
    process.exit(2)
  }
  return MEASURES.filter((name) => names.includes(name))
}

/** First-load JS and CSS: what index.html loads before any route is visited (entry + modulepreloads + css). */
function firstLoad(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])
  const js = refs.filter((r) => r.endsWith('.js')).reduce((n, r) => n + gz(join(dir, r)), 0)
  const css = refs.filter((r) => r.endsWith('.css')).reduce((n, r) => n + gz(join(dir, r)), 0)
  const lazy = readdirSync(join(dir, 'assets')).filter((f) => /^(jspdf|html2canvas|index\.es|purify)/.test(f))
  return { js, css, lazyExportChunks: lazy.map((f) => ({ file: f, gzip: gz(join(dir, 'assets', f)) })) }
}

/** Init script: the large fixture is in localStorage before the app's first line runs. */
function plantFixture(journey) {
  localStorage.setItem(`klantreis:journey:${journey.id}`, JSON.stringify(journey))
}

/**
 * Init script for "time until usable". Method: from before the app's first script, the page itself checks the
 * condition after every batch of DOM mutations (a MutationObserver, so the moment the app renders it) and on
 * every animation frame (for changes without mutations, such as styles arriving), and records
 * `performance.now()` the first time it holds. performance.now() counts from the navigation's time origin, so
 * this is "navigation start → usable" without any Playwright round trip in it (waitForFunction then reading the
 * clock would add the polling interval and the protocol latency). Usable means: the element is in the DOM,
 * rendered (checkVisibility: not display:none, not visibility:hidden, not content-visibility-skipped) and
 * not disabled.
 */
function watchUsable(spec) {
  if (window !== window.top) return
  const shown = (el) => el && !el.disabled && el.checkVisibility({ visibilityProperty: true })
  const usable = () => {
    if (spec.button) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes(spec.button))
      return shown(button)
    }
    const h1 = [...document.querySelectorAll('h1')].find((h) => h.textContent.trim() === spec.heading)
    if (!h1 || !shown(h1)) return false
    // The step's first form field: the first visible field after the heading, in document order.
    const fields = document.querySelectorAll('input:not([type="hidden"]), textarea, select')
    const first = [...fields].find(
      (f) => h1.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING && shown(f),
    )
    return Boolean(first)
  }
  const check = () => {
    if (window.__benchUsable !== undefined || !usable()) return
    window.__benchUsable = performance.now()
    observer.disconnect()
  }
  // `document` itself is observed: an init script may run before <html> exists.
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true, attributes: true })
  const frame = () => {
    check()
    if (window.__benchUsable === undefined) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

/** Slows the page's CPU by `rate` (Chrome DevTools' CPU throttling); it holds across the page's navigations. */
async function throttleCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
}

/** Time to usable (ms) in one fresh browser context: cold HTTP cache, empty storage. */
async function usableOnce(browser, url, spec, { plant = false, rate = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-BE' })
  if (plant) await context.addInitScript(plantFixture, large)
  await context.addInitScript(watchUsable, spec)
  const page = await context.newPage()
  await throttleCpu(page, rate)
  await page.goto(url, { waitUntil: 'commit' })
  const usableAt = await page.waitForFunction(() => window.__benchUsable, null, {
    timeout: 30_000,
    polling: 50,
  })
  const ms = round1(await usableAt.jsonValue())
  await context.close()
  return ms
}

/** Median time to usable over RUNS fresh browser contexts. */
async function timeToUsable(browser, url, spec, plant) {
  const runs = []
  for (let i = 0; i < RUNS; i++) runs.push(await usableOnce(browser, url, spec, { plant }))
  return { median: median(runs), runs }
}

/** Both apps' usable condition is "a button is visible and enabled": the minimal app's one button shows its
 *  counter, 0. */
const START_SPEC = { button: 'Nieuwe klantreis' }
const MINIMAL_SPEC = { button: '0' }

/**
 * The start page against the minimal app's page at one CPU rate: RUNS fresh contexts each, alternating, so that
 * a busy moment of the shared machine weighs on both alike. The ratio is of the two medians.
 */
async function compareStart(browser, appUrl, minimalUrl, rate) {
  const app = []
  const minimal = []
  for (let i = 0; i < RUNS; i++) {
    app.push(await usableOnce(browser, appUrl, START_SPEC, { rate }))
    minimal.push(await usableOnce(browser, minimalUrl, MINIMAL_SPEC, { rate }))
  }
  return {
    cpuRate: rate,
    app: { median: median(app), runs: app },
    minimal: { median: median(minimal), runs: minimal },
    ratio: round2(median(app) / median(minimal)),
  }
}

/**
 * Init script for the cost of a keystroke and of the save it schedules. All times are performance.now() in the
 * page, recorded only while `armed`:
 * - every `Storage.prototype.setItem` call on a `klantreis:` key: its own duration and the value's length;
 * - every setTimeout callback (the autosave is a debounced setTimeout): from its start until the next task
 *   runs (a MessageChannel message posted at its end), so the microtasks it queued (Vue's re-render of the
 *   save status) count as well;
 * - the keystroke: from the keydown's capture listener on window until the end of the task of the `input`
 *   event (a MessageChannel message again), which covers the v-model handler, vee-validate, the store's update
 *   and Vue's re-render;
 * - long tasks (≥ 50 ms) reported by a PerformanceObserver.
 */
function instrumentSaves() {
  if (window !== window.top) return
  const bench = (window.__benchSave = {
    armed: false,
    armedAt: 0,
    sets: [],
    tasks: [],
    keystroke: null,
    longtasks: [],
  })
  const now = () => performance.now()
  const afterTask = (done) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => done(now())
    channel.port2.postMessage(null)
  }
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key, value) {
    if (!bench.armed || !String(key).startsWith('klantreis:')) return setItem.call(this, key, value)
    const start = now()
    try {
      return setItem.call(this, key, value)
    } finally {
      const set = { key: String(key), chars: String(value).length, start, ms: now() - start }
      bench.sets.push(set)
      // The write may run in a later task than the timer (inside a Web Lock's callback): its own task's end.
      afterTask((end) => (set.taskEnd = end))
    }
  }
  const setTimeout = window.setTimeout
  window.setTimeout = function (callback, delay, ...args) {
    if (typeof callback !== 'function') return setTimeout.call(this, callback, delay, ...args)
    const timed = function (...callArgs) {
      if (!bench.armed) return callback.apply(this, callArgs)
      const task = { delay, start: now(), firstSet: bench.sets.length }
      try {
        return callback.apply(this, callArgs)
      } finally {
        task.endSet = bench.sets.length
        afterTask((end) => bench.tasks.push({ ...task, ms: end - task.start }))
      }
    }
    return setTimeout.call(this, timed, delay, ...args)
  }
  // keydown and input may be dispatched in one task or in two: each is timed to the end of its own task, and
  // the keystroke is their union (no idle gap between two tasks is counted).
  let keydown = null
  addEventListener(
    'keydown',
    () => {
      if (!bench.armed || keydown) return
      keydown = { start: now() }
      afterTask((end) => (keydown.end = end))
    },
    true,
  )
  addEventListener(
    'input',
    () => {
      if (!bench.armed || bench.keystroke || !keydown) return
      const start = now()
      bench.keystroke = { ms: null }
      afterTask((end) => {
        const together = keydown.end === undefined || keydown.end > start
        bench.keystroke = {
          ms: together ? end - keydown.start : keydown.end - keydown.start + (end - start),
          together,
        }
      })
    },
    true,
  )
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longtasks.push({ start: entry.startTime, ms: entry.duration })
  }).observe({ type: 'longtask' })
}

/** One keystroke in step 1's title of the large fixture, then the debounced save; medians of RUNS contexts. */
async function measureSave(browser, base) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-BE' })
    await context.addInitScript(plantFixture, large)
    await context.addInitScript(instrumentSaves)
    const page = await context.newPage()
    await page.goto(`${base}#/journey/${large.id}/step/goal`)
    const title = page.getByLabel('Titel van de klantreis', { exact: true })
    await title.waitFor()
    await title.focus()
    await page.keyboard.press('End')
    // A first keystroke and its save, not measured: it writes the draft index line the planted fixture lacks
    // (as any journey saved once has) and warms up the code, so the measured save is an ordinary one.
    await page.keyboard.type('x')
    await page.waitForTimeout(700)
    await page.evaluate(() => {
      window.__benchSave.armed = true
      window.__benchSave.armedAt = performance.now()
    })
    await page.keyboard.type('y')
    await page.waitForTimeout(700)
    const raw = await page.evaluate(() => {
      const bench = window.__benchSave
      bench.armed = false
      return JSON.parse(JSON.stringify(bench))
    })
    await context.close()
    const journeyKey = `klantreis:journey:${large.id}`
    const journeySet = raw.sets.findIndex((s) => s.key === journeyKey)
    if (journeySet < 0) throw new Error(`no save of ${journeyKey} within 700 ms of the keystroke`)
    // The save: the debounced timer's task, and the task of the write when the write waits for the tab lock.
    const written = raw.sets[journeySet]
    const saveTask = raw.tasks.filter((t) => t.delay >= 100 && t.start <= written.start).at(-1)
    if (saveTask) saveTask.ms = Math.max(saveTask.ms, written.taskEnd - saveTask.start)
    const burst = raw.sets.filter((s) => saveTask && s.start >= saveTask.start && s.start <= written.taskEnd)
    runs.push({
      keystrokeMs: raw.keystroke?.ms ?? null,
      saveTaskMs: saveTask?.ms ?? null,
      journeySetItemMs: raw.sets[journeySet].ms,
      saveSetItemsMs: burst.reduce((n, s) => n + s.ms, 0),
      saveSetItems: burst.map((s) => `${s.key} (${s.chars} chars)`),
      otherTimerTasksMs: raw.tasks.filter((t) => t !== saveTask).reduce((n, t) => n + t.ms, 0),
      longTasks: raw.longtasks.filter((t) => t.start >= raw.armedAt).length,
    })
  }
  const med = (key) => round1(median(runs.map((r) => r[key] ?? Infinity)))
  return {
    keystrokeMs: med('keystrokeMs'),
    saveTaskMs: med('saveTaskMs'),
    journeySetItemMs: med('journeySetItemMs'),
    saveSetItemsMs: med('saveSetItemsMs'),
    otherTimerTasksMs: med('otherTimerTasksMs'),
    longTasks: median(runs.map((r) => r.longTasks)),
    saveWrites: runs[0].saveSetItems,
    runs: runs.map((r) =>
      Object.fromEntries(
        Object.entries(r)
          .filter(([key]) => key !== 'saveSetItems')
          .map(([key, value]) => [key, round1(value)]),
      ),
    ),
  }
}

/** Step 4's activity description, by its label: "Meer uitleg bij activiteit 1 (optioneel)" in the current
 *  wording, "Beschrijving van activiteit 1" in the wizard being refactored. The first is activity 1's. */
const DESCRIPTION_LABEL = /^(Beschrijving|Meer uitleg)\b/
/** Time left after each keystroke: the 400 ms debounced save, its work at CPU 4× and an idle gap after it. */
const KEYSTROKE_PAUSE_MS = 1000
/** No main-thread task for this long, and the page counts as idle again (RAIL's 50 ms idle period). */
const IDLE_GAP_MS = 50
const LONG_TASK_MS = 50

/**
 * Init script for the traced keystrokes: User Timing marks, which land in the trace, at every keydown (a capture
 * listener on window, in the task that dispatches it) and at every write of the journey to localStorage (in the
 * save's task). They tell which of the main thread's tasks are the keystroke's and which the save's.
 */
function markKeystrokes(journeyKey) {
  if (window !== window.top) return
  addEventListener('keydown', () => performance.mark('bench:keydown'), true)
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key, value) {
    if (key === journeyKey) performance.mark('bench:save')
    return setItem.call(this, key, value)
  }
}

/** The bench's marks and the outermost tasks of the thread they were made on (the page's main thread), in µs. */
function parseTrace(buffer) {
  const events = JSON.parse(buffer.toString('utf8')).traceEvents
  const byTime = (a, b) => a.ts - b.ts
  const marks = events
    .filter((e) => e.cat === 'blink.user_timing' && e.name.startsWith('bench:'))
    .sort(byTime)
  if (marks.length === 0) throw new Error('no keystroke marks in the trace')
  const { pid, tid } = marks[0]
  const tasks = []
  const onMain = (e) =>
    e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask'
  for (const task of events.filter(onMain).sort(byTime)) {
    const last = tasks.at(-1)
    if (!last || task.ts >= last.ts + last.dur) tasks.push(task) // a task of a nested run loop is in its parent
  }
  return { marks, tasks }
}

/**
 * Main-thread cost of each keystroke and of its save, from the trace. The keystroke is the task that dispatched
 * its keydown and every task after it until the page is idle again (IDLE_GAP_MS without a task) or the save
 * starts: keypress, input, keyup, Vue's re-render, the frame it paints, timers it set. The save is the task that
 * wrote the journey and every task after it until idle again (the save status' re-render and its frame).
 */
function keystrokeCosts({ marks, tasks }) {
  const taskOf = (mark) => {
    const index = tasks.findIndex((t) => t.ts <= mark.ts && mark.ts <= t.ts + t.dur)
    if (index < 0) throw new Error(`${mark.name} at ${mark.ts} µs is in no main-thread task`)
    return index
  }
  const until = (from, end) => {
    const burst = [tasks[from]]
    for (let i = from + 1; i < end; i++) {
      const last = burst.at(-1)
      if (tasks[i].ts - (last.ts + last.dur) >= IDLE_GAP_MS * 1000) break
      burst.push(tasks[i])
    }
    return burst
  }
  const ms = (burst) => burst.reduce((n, t) => n + t.dur, 0) / 1000
  const keydowns = marks.filter((m) => m.name === 'bench:keydown')
  return keydowns.map((keydown, i) => {
    const next = keydowns[i + 1]
    const save = marks.find((m) => m.name === 'bench:save' && m.ts > keydown.ts && !(next && m.ts > next.ts))
    if (!save) throw new Error(`keystroke ${i + 1}: no save of the journey within ${KEYSTROKE_PAUSE_MS} ms`)
    const keyTask = taskOf(keydown)
    const saveTask = taskOf(save)
    if (saveTask === keyTask)
      throw new Error('the journey was saved in the keystroke’s own task, not deferred')
    const keystroke = until(keyTask, saveTask)
    const saved = until(saveTask, next ? taskOf(next) : tasks.length)
    const both = [...keystroke, ...saved]
    return {
      keystrokeMs: ms(keystroke),
      keystrokeTasks: keystroke.length,
      keydownTaskMs: tasks[keyTask].dur / 1000,
      saveMs: ms(saved),
      saveTasks: saved.length,
      longestTaskMs: Math.max(...both.map((t) => t.dur)) / 1000,
      longTasks: both.filter((t) => t.dur > LONG_TASK_MS * 1000).length,
    }
  })
}

/**
 * KEYSTROKES keystrokes at the end of step 4's first activity description in the large fixture, each followed
 * by its debounced save, traced (Chrome's `toplevel` category, the lightest that has every task) at CPU 1× and
 * then at SLOW_CPU× in the same page. Medians per rate; long tasks are counted over all keystrokes and saves.
 */
async function measureKeystroke(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-BE' })
  await context.addInitScript(plantFixture, large)
  await context.addInitScript(markKeystrokes, `klantreis:journey:${large.id}`)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page) // one session: the rate it sets last is the one that holds
  await page.goto(`${base}#/journey/${large.id}/step/activities`)
  const field = page.getByRole('textbox', { name: DESCRIPTION_LABEL }).first()
  await field.waitFor()
  const label = await field.evaluate((el) => el.labels?.[0]?.textContent.trim() ?? el.ariaLabel)
  await field.focus()
  await page.keyboard.press('End')
  // Unmeasured, as in measureSave: writes the draft index line the planted fixture lacks and warms up the code.
  await page.keyboard.type('e')
  await page.waitForTimeout(KEYSTROKE_PAUSE_MS)
  const result = { field: label, keystrokes: KEYSTROKES }
  for (const rate of [1, SLOW_CPU]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] })
    await page.waitForTimeout(200) // starting the trace is work of its own in the page
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.type('e')
      await page.waitForTimeout(KEYSTROKE_PAUSE_MS)
    }
    const runs = keystrokeCosts(parseTrace(await browser.stopTracing()))
    const med = (key) => round1(median(runs.map((r) => r[key])))
    result[`cpu${rate}x`] = {
      keystrokeMs: med('keystrokeMs'),
      keydownTaskMs: med('keydownTaskMs'),
      saveMs: med('saveMs'),
      longTasks: runs.reduce((n, r) => n + r.longTasks, 0),
      longestTaskMs: round1(Math.max(...runs.map((r) => r.longestTaskMs))),
      runs: runs.map((r) =>
        Object.fromEntries(Object.entries(r).map(([key, value]) => [key, round1(value)])),
      ),
    }
  }
  await context.close()
  return result
}

/**
 * Init script for export times, measured in the page: from the click on a download button (a capture
 * listener, before the app's handler) until the app hands the finished file to the browser
 * (URL.createObjectURL of a Blob). Saving the download to disk, which Playwright does, is not the app's time.
 */
function instrumentExports() {
  if (window !== window.top) return
  const exports = (window.__benchExports = [])
  addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('button'))
        exports.push({ start: performance.now() })
    },
    true,
  )
  const createObjectURL = URL.createObjectURL
  URL.createObjectURL = function (blob) {
    const last = exports.at(-1)
    if (last && last.ms === undefined && blob instanceof Blob) last.ms = performance.now() - last.start
    return createObjectURL.call(this, blob)
  }
}

async function measureMap(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true })
  await context.addInitScript(plantFixture, large)
  await context.addInitScript(instrumentExports)
  const page = await context.newPage()
  await page.goto(base)
  await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor()
  const render = []
  for (let i = 0; i <= MAP_RENDER_RUNS; i++) {
    const ms = await page.evaluate(async (id) => {
      location.hash = '#/'
      await new Promise((r) => setTimeout(r, 50))
      const start = performance.now()
      location.hash = `#/journey/${id}/map`
      while (document.querySelectorAll('.map-table .map-step').length === 0)
        await new Promise((r) => requestAnimationFrame(r))
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)))
      return performance.now() - start
    }, large.id)
    if (i > 0) render.push(ms) // the first run also loads the map's chunk
  }
  const timeDownload = async (name, runs = RUNS) => {
    const times = []
    let size = 0
    let pages = 0
    for (let i = 0; i <= runs; i++) {
      const download = page.waitForEvent('download', { timeout: 180_000 })
      await page.getByRole('button', { name }).click()
      const file = await (await download).path()
      const ms = await page.evaluate(() => window.__benchExports.at(-1)?.ms)
      if (ms === undefined) throw new Error(`no file handed over after "${name}"`)
      times.push(round1(ms))
      size = statSync(file).size
      // Pages of a PDF: its page objects (jsPDF writes one "/Type /Page" per page, uncompressed).
      pages = (readFileSync(file, 'latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length
    }
    // The first export also loads the library (and, for the PDF, the fonts): reported apart.
    const [first, ...rest] = times
    return {
      ms: median(rest),
      firstMs: first,
      runs: rest,
      bytes: size,
      pages,
      bytesPerPage: pages ? Math.round(size / pages) : null,
    }
  }
  const pdfA3 = await timeDownload('Download als PDF')
  await page.getByLabel('Papier').selectOption('a4')
  const pdfA4 = await timeDownload('Download als PDF')
  await page.getByLabel('Papier').selectOption('a3')
  // html2canvas needs tens of seconds for the large journey's sheets: fewer runs.
  const png = await timeDownload('Download als afbeelding (PNG)', 2)
  await context.close()
  return { mapRenderMs: median(render), mapRenderRuns: render.map(round1), pdfA3, pdfA4, png }
}

const out = mkdtempSync(join(tmpdir(), 'klantreis-bench-'))
const results = {}
try {
  log('building the app')
  const appDir = join(out, 'app')
  await build({ root: process.cwd(), logLevel: 'silent', build: { outDir: appDir, emptyOutDir: true } })
  log('building the minimal app')
  const minimalDir = join(out, 'minimal')
  await build({
    root: 'tests/bench/minimal-app',
    configFile: false,
    plugins: [vue()],
    base: './',
    logLevel: 'silent',
    build: { outDir: minimalDir, emptyOutDir: true },
  })
  if (wants('size')) {
    const load = firstLoad(appDir)
    const minimal = firstLoad(minimalDir)
    Object.assign(results, {
      firstLoadJsGzip: load.js,
      firstLoadCssGzip: load.css,
      exportChunksGzip: load.lazyExportChunks,
      minimalApp: { firstLoadJsGzip: minimal.js, firstLoadCssGzip: minimal.css },
      firstLoadRatio: {
        jsAndCss: round2((load.js + load.css) / (minimal.js + minimal.css)),
        js: round2(load.js / minimal.js),
      },
    })
  }

  if (wants('plain')) {
    log('plain-language check per field, large fixture')
    results.plain = await measurePlain(large)
  }

  const server = await serve(appDir)
  const minimalServer = await serve(minimalDir)
  try {
    if (['map', 'start', 'step', 'save', 'keystroke'].some(wants)) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      })
      try {
        if (wants('map')) {
          log('map render, PDF and PNG')
          Object.assign(results, await measureMap(browser, server.url))
        }
        if (wants('start')) {
          log('start page against the minimal app: time to usable, CPU 1×')
          const cpu1x = await compareStart(browser, server.url, minimalServer.url, 1)
          log(`start page against the minimal app: time to usable, CPU ${SLOW_CPU}×`)
          const slow = await compareStart(browser, server.url, minimalServer.url, SLOW_CPU)
          results.startUsable = cpu1x.app
          results.startCompare = { cpu1x, [`cpu${SLOW_CPU}x`]: slow }
        }
        if (wants('step')) {
          log('large journey step: time to usable')
          results.stepUsable = await timeToUsable(
            browser,
            `${server.url}#/journey/${large.id}/step/extra`,
            { heading: 'Aanvullende informatie' },
            true,
          )
        }
        if (wants('save')) {
          log('keystroke and save in step 1')
          results.save = await measureSave(browser, server.url)
        }
        if (wants('keystroke')) {
          log(`keystrokes and saves in step 4, CPU 1× and ${SLOW_CPU}×`)
          results.keystroke = await measureKeystroke(browser, server.url)
        }
      } finally {
        await browser.close()
      }
    }
    if (wants('lighthouse')) {
      results.lighthouse = await runLighthouse(
        [
          { name: 'start', url: server.url },
          {
            name: 'map (small fixture)',
            url: `${server.url}#/journey/${small.id}/map`,
            plant: async (page) => {
              await page.goto(server.url)
              await page.evaluate(plantFixture, small)
            },
          },
          {
            name: 'map (large fixture)',
            url: `${server.url}#/journey/${large.id}/map`,
            plant: async (page) => {
              await page.goto(server.url)
              await page.evaluate(plantFixture, large)
            },
          },
        ],
        log,
      )
    }
  } finally {
    await server.close()
    await minimalServer.close()
  }
} finally {
  rmSync(out, { recursive: true, force: true })
}

const target = (max, value) => ({ max, value, met: value <= max })
const slowKey = `cpu${SLOW_CPU}x`
const targets = {}
if (wants('size')) targets.firstLoadRatio = target(TARGETS.firstLoadRatio, results.firstLoadRatio.jsAndCss)
if (wants('start')) {
  targets.startUsableMs = target(TARGETS.startUsableMs, results.startUsable.median)
  targets.startRatio1x = target(TARGETS.startRatio, results.startCompare.cpu1x.ratio)
  targets[`startRatio${SLOW_CPU}x`] = target(TARGETS.startRatio, results.startCompare[slowKey].ratio)
}
if (wants('save')) targets.saveTaskMs = target(TARGETS.saveTaskMs, results.save.saveTaskMs)
if (wants('keystroke')) {
  targets.keystrokeMs = target(TARGETS.keystrokeMs, results.keystroke.cpu1x.keystrokeMs)
  targets[`keystrokeLongTasks${SLOW_CPU}x`] = target(
    TARGETS.keystrokeLongTasks,
    results.keystroke[slowKey].longTasks,
  )
}
if (wants('plain')) targets.plainFieldMs = target(TARGETS.plainFieldMs, results.plain.cold.p95Ms)
if (wants('map')) {
  targets.mapRenderMs = target(TARGETS.mapRenderMs, results.mapRenderMs)
  targets.pdfMs = target(TARGETS.pdfMs, results.pdfA3.ms)
  targets.pdfBytes = target(TARGETS.pdfBytes, results.pdfA3.bytesPerPage)
  targets.pngMs = target(TARGETS.pngMs, results.png.ms)
}
const report = {
  date: new Date().toISOString(),
  measures: only,
  largeFixture: {
    file: 'tests/fixtures/journey-large.json',
    bytes: statSync('tests/fixtures/journey-large.json').size,
  },
  ...results,
  targets,
  benchSeconds: (Date.now() - started) / 1000,
}
writeFileSync('bench-results.json', JSON.stringify(report, null, 2) + '\n')

const mark = (target) => (target.met ? 'met' : 'NOT met')
const scores = (name) => {
  const lh = report.lighthouse[name]
  if (!lh || lh.error) return `error: ${lh?.error.split('\n')[0]}`
  return `${lh.scores.performance} / ${lh.scores.accessibility} / ${lh.scores['best-practices']}`
}
const allOnes = (name) => {
  const lh = report.lighthouse[name]
  return lh?.scores && Object.values(lh.scores).every((score) => score === 1) ? 'met' : 'NOT met'
}
const rows = {}
if (wants('size'))
  Object.assign(rows, {
    'first-load JS (gzip bytes)': report.firstLoadJsGzip,
    'first-load CSS (gzip bytes)': report.firstLoadCssGzip,
    'minimal app first-load JS (gzip bytes)': report.minimalApp.firstLoadJsGzip,
    'minimal app first-load CSS (gzip bytes)': report.minimalApp.firstLoadCssGzip,
    [`first-load JS+CSS app/minimal (target ≤ ${TARGETS.firstLoadRatio}: ${mark(targets.firstLoadRatio)})`]:
      report.firstLoadRatio.jsAndCss,
    'first-load JS app/minimal': report.firstLoadRatio.js,
  })
if (wants('map'))
  Object.assign(rows, {
    [`map render, large fixture (ms, median; target ≤ ${TARGETS.mapRenderMs}: ${mark(targets.mapRenderMs)})`]:
      Math.round(report.mapRenderMs),
    [`PDF A3 (ms, median; target ≤ ${TARGETS.pdfMs}: ${mark(targets.pdfMs)})`]: report.pdfA3.ms,
    'PDF A3, first export with library and fonts (ms)': report.pdfA3.firstMs,
    'PDF A3 (bytes, pages)': `${report.pdfA3.bytes}, ${report.pdfA3.pages}`,
    [`PDF A3 (bytes per page; target ≤ ${TARGETS.pdfBytes}: ${mark(targets.pdfBytes)})`]:
      report.pdfA3.bytesPerPage,
    'PDF A4 (ms, median)': report.pdfA4.ms,
    'PDF A4 (bytes)': report.pdfA4.bytes,
    [`PNG (ms, median; target ≤ ${TARGETS.pngMs}: ${mark(targets.pngMs)})`]: report.png.ms,
    'PNG, first export with library (ms)': report.png.firstMs,
    'PNG (bytes)': report.png.bytes,
  })
if (wants('start')) {
  const slow = report.startCompare[slowKey]
  Object.assign(rows, {
    [`start page usable (ms, median; target ≤ ${TARGETS.startUsableMs}: ${mark(targets.startUsableMs)})`]:
      report.startUsable.median,
    'minimal app usable (ms, median)': report.startCompare.cpu1x.minimal.median,
    [`start page usable app/minimal (target ≤ ${TARGETS.startRatio}: ${mark(targets.startRatio1x)})`]:
      report.startCompare.cpu1x.ratio,
    [`start page usable, CPU ${SLOW_CPU}× (ms, median)`]: slow.app.median,
    [`minimal app usable, CPU ${SLOW_CPU}× (ms, median)`]: slow.minimal.median,
    [`start page usable app/minimal, CPU ${SLOW_CPU}× (target ≤ ${TARGETS.startRatio}: ${mark(targets[`startRatio${SLOW_CPU}x`])})`]:
      slow.ratio,
  })
}
if (wants('step')) rows['large journey, step "extra" usable (ms, median)'] = report.stepUsable.median
if (wants('save'))
  Object.assign(rows, {
    'keystroke task, large fixture (ms, median)': report.save.keystrokeMs,
    [`save task, large fixture (ms, median; target ≤ ${TARGETS.saveTaskMs}: ${mark(targets.saveTaskMs)})`]:
      report.save.saveTaskMs,
    'save: journey setItem (ms, median)': report.save.journeySetItemMs,
    'save: all setItem calls (ms, median)': report.save.saveSetItemsMs,
    'long tasks in keystroke + save (count, median)': report.save.longTasks,
  })
if (wants('keystroke')) {
  const { cpu1x, [slowKey]: slow } = report.keystroke
  Object.assign(rows, {
    [`step 4 keystroke, main thread (ms, median; target ≤ ${TARGETS.keystrokeMs}: ${mark(targets.keystrokeMs)})`]:
      cpu1x.keystrokeMs,
    'step 4 keystroke: its save, main thread (ms, median)': cpu1x.saveMs,
    [`step 4 keystroke, CPU ${SLOW_CPU}×, main thread (ms, median)`]: slow.keystrokeMs,
    [`step 4 keystroke: its save, CPU ${SLOW_CPU}×, main thread (ms, median)`]: slow.saveMs,
    [`step 4 long tasks in ${KEYSTROKES} keystrokes + saves, CPU ${SLOW_CPU}× (count; target ${TARGETS.keystrokeLongTasks}: ${mark(targets[`keystrokeLongTasks${SLOW_CPU}x`])})`]:
      slow.longTasks,
  })
}
if (wants('lighthouse'))
  Object.assign(rows, {
    [`Lighthouse start: perf / a11y / best practices (target all 1: ${allOnes('start')})`]: scores('start'),
    [`Lighthouse map, small: perf / a11y / best practices (target all 1: ${allOnes('map (small fixture)')})`]:
      scores('map (small fixture)'),
    [`Lighthouse map, large: perf / a11y / best practices (target all 1: ${allOnes('map (large fixture)')})`]:
      scores('map (large fixture)'),
  })
if (wants('plain')) {
  const { plain } = report
  Object.assign(rows, {
    [`plain-language check: fields of the large fixture (count, ${plain.characters} characters)`]:
      plain.fields,
    [`plain-language check per field, first (ms, p95; target ≤ ${TARGETS.plainFieldMs}: ${mark(targets.plainFieldMs)})`]:
      plain.cold.p95Ms,
    'plain-language check per field, first (ms, median / max)': `${plain.cold.medianMs} / ${plain.cold.maxMs}`,
    'plain-language check, every field once, first (ms, total)': plain.cold.totalMs,
    'plain-language check per field, again (ms, median / p95 / max)': `${plain.warm.medianMs} / ${plain.warm.p95Ms} / ${plain.warm.maxMs}`,
    'plain-language check, every field again (ms, total)': plain.warm.totalMs,
    'plain-language check: abbreviations of the journey, whole / after an edit (ms)': `${plain.knownAbbreviationsMs} / ${plain.knownAbbreviationsAfterEditMs}`,
    'plain-language check: its first two calls, once per page (ms)': plain.firstCallsMs.join(' / '),
  })
}
console.table(rows)
