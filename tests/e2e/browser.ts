import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser } from '@playwright/test'

/**
 * Debian's Chromium started by hand on a persistent profile, so it can be killed like a crashed browser
 * (SIGKILL: no unload, no flush of localStorage to disk) and started again on the same profile.
 */
export interface RealBrowser {
  browser: Browser
  pid: number
  /** SIGKILL to the whole process group (browser, zygote, renderers), then waits until it is gone. */
  kill(): Promise<void>
}

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchChromium(profileDir: string): Promise<RealBrowser> {
  const child: ChildProcess = spawn(
    EXECUTABLE,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--window-size=1400,1000',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    // Its own process group, so one signal reaches every process it starts.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`no DevTools URL from Chromium:\n${seen}`)), 30_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${seen}`)))
  })
  const browser = await chromium.connectOverCDP(url)
  const pid = child.pid!
  return {
    browser,
    pid,
    async kill() {
      for (const target of [-pid, pid]) {
        try {
          process.kill(target, 'SIGKILL')
          break
        } catch {
          // Already gone, or not a group leader: try the process itself, else nothing is left to kill.
        }
      }
      await exited
    },
  }
}
