// Lighthouse (performance, accessibility, best practices) in Debian's Chromium, through its Node API.
// Lighthouse cannot run an init script, so a journey is planted first: Playwright connects over CDP to the very
// Chrome that Lighthouse then drives, writes localStorage on the app's origin and disconnects. Lighthouse's own
// storage reset clears caches, service workers and the like, but not localStorage (its default
// clearStorageTypes), so the planted journey stays while every run still starts with a cold HTTP cache.
import lighthouse from 'lighthouse'
import { screenEmulationMetrics, userAgents } from 'lighthouse/core/config/constants.js'
import * as chromeLauncher from 'chrome-launcher'
import { chromium } from '@playwright/test'

const CATEGORIES = ['performance', 'accessibility', 'best-practices']

/** The audits that cost a category points, worst first: metrics by lost weight, then the rest by score. */
function failing(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit.score !== null &&
        audit.score < 1 &&
        !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode),
    )
    .sort(
      (a, b) =>
        b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score) ||
        a.audit.score - b.audit.score,
    )
    .slice(0, 5)
    .map(({ audit }) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    }))
}

const nodeOf = (item) => (item?.node ? `${item.node.selector} ${item.node.snippet ?? ''}`.trim() : null)

/** Runs Lighthouse on each `{ name, url, plant? }`; `plant(page)` runs in the same Chrome beforehand. */
export async function runLighthouse(targets, log) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
    logLevel: 'silent',
  })
  const results = {}
  try {
    for (const target of targets) {
      if (target.plant) {
        const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`)
        const page = await browser.contexts()[0].newPage()
        await target.plant(page)
        await page.close()
        await browser.close() // connected, not launched: this only disconnects
      }
      log(`lighthouse: ${target.name}`)
      const started = Date.now()
      let lhr
      try {
        ;({ lhr } = await lighthouse(target.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          formFactor: 'mobile',
          screenEmulation: screenEmulationMetrics.mobile,
          emulatedUserAgent: userAgents.mobile,
          throttlingMethod: 'simulate',
        }))
      } catch (error) {
        // Reported as it is, never replaced by made-up scores.
        results[target.name] = { url: target.url, error: String(error?.stack ?? error) }
        continue
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score]))
      results[target.name] = {
        url: target.url,
        scores,
        metrics: {
          fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
        },
        lcpElement: nodeOf(lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]),
        layoutShiftCulprits: (lhr.audits['layout-shifts']?.details?.items ?? [])
          .slice(0, 3)
          .map((item) => ({ element: nodeOf(item), score: item.score })),
        failingAudits: Object.fromEntries(
          CATEGORIES.filter((c) => scores[c] !== 1).map((c) => [c, failing(lhr, c)]),
        ),
        runtimeError: lhr.runtimeError ?? null,
        runWarnings: lhr.runWarnings,
        seconds: (Date.now() - started) / 1000,
      }
    }
  } finally {
    await chrome.kill()
  }
  return results
}
