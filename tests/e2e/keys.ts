import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The keyboard alone: Tab to reach things, Enter, Space and the arrow keys to use them, typing to fill. Every
 * element Tab lands on must show a visible focus indicator.
 */
export async function tabTo(page: Page, target: Locator, max = 200) {
  const handle = await target.elementHandle()
  // Tab forward to what comes later in the page, Shift+Tab back to what came before, as a person would.
  const before = await page.evaluate((t) => {
    const active = document.activeElement
    return t !== active && !!active && active !== document.body && !!(active.compareDocumentPosition(t!) & 2)
  }, handle)
  if (await handle!.evaluate((el) => el === document.activeElement)) return
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab')
    const state = await page.evaluate((t) => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return { visible: true, desc: 'body', there: false }
      const style = getComputedStyle(el)
      // Known gap: a date field's own calendar button (inside the browser's shadow DOM) gets only Chromium's
      // thin default ring, not the app's focus style (the host input does not match :focus then).
      const picker = el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')
      const visible = picker || style.outlineStyle !== 'none' || style.boxShadow !== 'none'
      return {
        visible,
        desc: `${el.tagName} #${el.id} “${el.textContent?.trim().slice(0, 40)}”`,
        there: el === t,
      }
    }, handle)
    expect(state.visible, `visible focus on ${state.desc}`).toBe(true)
    if (state.there) return
  }
  throw new Error(`could not reach ${target} with Tab`)
}

export const press = async (page: Page, target: Locator, key = 'Enter') => {
  await tabTo(page, target)
  await page.keyboard.press(key)
}
export const typeInto = async (page: Page, target: Locator, text: string) => {
  await tabTo(page, target)
  await page.keyboard.type(text)
}
