import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import type { TextHint } from '@/plainLanguage'
import type { TextCheck } from '@/components/textCheck'
import FieldHints from '@/components/FieldHints.vue'
import plainParts from '@/i18n/parts/plainLanguage'

const i18n = createI18n({
  legacy: false,
  locale: 'nl-BE',
  messages: { 'nl-BE': { plainLanguage: plainParts['nl-BE'] } },
})

const jargon = (text: string): TextHint[] => {
  const start = text.indexOf('bestaansmiddelen')
  if (start < 0) return []
  return [
    {
      kind: 'jargon',
      key: 'plainLanguage.jargon',
      params: { term: 'bestaansmiddelen', plain: 'inkomen' },
      range: { start, end: start + 16 },
    },
  ]
}

/** A check that loads on the first `ready` and then finds one jargon word. */
function fakeCheck() {
  let loaded = false
  const runs: string[] = []
  const check: TextCheck = {
    applies: () => true,
    run: (text) => {
      if (!loaded) return null
      runs.push(text)
      return { hints: jargon(text), readability: null }
    },
    ready: async () => {
      loaded = true
    },
    changed: ref(0),
  }
  return { check, runs }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const settle = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms)
  await nextTick()
}

describe('FieldHints', () => {
  it('shows a hint once typing pauses, in a polite live region that is there before it', async () => {
    const { check, runs } = fakeCheck()
    const wrapper = mount(FieldHints, {
      props: { id: 'f-goal-tips', text: '', check },
      global: { plugins: [i18n] },
    })
    const region = wrapper.get('#f-goal-tips [aria-live="polite"]')
    expect(region.text()).toBe('')

    await wrapper.setProps({ text: 'Je bestaansmiddelen' })
    await settle(300)
    expect(wrapper.text()).toBe('') // still typing
    await settle(400)
    expect(region.text()).toContain('Schrijf liever ‘inkomen’ dan ‘bestaansmiddelen’.')
    expect(wrapper.emitted('shown')?.at(-1)).toEqual([true])
    expect(runs).toEqual(['Je bestaansmiddelen'])

    await wrapper.setProps({ text: 'Je inkomen' })
    await settle(700)
    expect(wrapper.get('#f-goal-tips').text()).toBe('')
    expect(wrapper.emitted('shown')?.at(-1)).toEqual([false])
  })

  it('checks the text it starts with, without waiting for a pause', async () => {
    const { check } = fakeCheck()
    const wrapper = mount(FieldHints, {
      props: { id: 'x', text: 'Geen bestaansmiddelen.', check },
      global: { plugins: [i18n] },
    })
    await settle(10)
    expect(wrapper.text()).toContain('‘bestaansmiddelen’')
  })

  it('loads nothing for an empty field', async () => {
    const { check } = fakeCheck()
    const ready = vi.spyOn(check, 'ready')
    mount(FieldHints, { props: { id: 'x', text: '  ', check }, global: { plugins: [i18n] } })
    await settle(1000)
    expect(ready).not.toHaveBeenCalled()
  })

  it('gives the reading ease of a text that reads well as a quiet line, outside the live region', async () => {
    const check: TextCheck = {
      applies: () => true,
      run: () => ({
        hints: [],
        readability: { score: 74.4, level: 'fairlyEasy', words: 40, sentences: 5, syllables: 60 },
      }),
      ready: async () => undefined,
      changed: ref(0),
    }
    const wrapper = mount(FieldHints, {
      props: { id: 'x', text: 'Een tekst.', check },
      global: { plugins: [i18n] },
    })
    await settle(10)
    expect(wrapper.get('#x').classes()).toContain('text-hints--quiet')
    expect(wrapper.get('.text-hints__score').text()).toBe(
      'Deze tekst is vlot leesbaar: score 74 volgens Flesch-Douma.',
    )
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('')
  })
})
