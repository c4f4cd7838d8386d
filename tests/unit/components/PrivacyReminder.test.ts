import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Journey } from '@/domain'
import PrivacyReminder from '@/components/PrivacyReminder.vue'
import { findPrivacyHints } from '@/components/journeyHints'
import { makeJourney } from '../../fixtures/makeJourney'

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', component: { template: '<p />' } },
    { path: '/journey/:id/step/:stepId', name: 'step', component: { template: '<p />' } },
  ],
})

/** The app's i18n with the plain-language part merged in by the component's own loading. */
async function mountReminder(journey: Journey) {
  const { i18n } = await import('@/i18n')
  const wrapper = mount(PrivacyReminder, {
    props: { journey },
    global: { plugins: [i18n, router] },
    attachTo: document.body,
  })
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
  return wrapper
}

/** The fixture journey with one quote; without its points to improve, as one says "in het Frans", which the
 *  name list takes for the first name Frans. */
const withQuote = (text: string): Journey => {
  const journey = makeJourney()
  return { ...journey, quotes: [{ ...journey.quotes[0]!, text }], aha: { ...journey.aha, improvements: [] } }
}

describe('PrivacyReminder', () => {
  it('shows nothing and emits nothing when no text looks like personal data', async () => {
    const clean = withQuote('Ik wachtte een half uur.')
    expect(await findPrivacyHints(clean)).toEqual([])
    const wrapper = await mountReminder(clean)
    expect(wrapper.find('section').exists()).toBe(false)
    expect(wrapper.emitted()).toEqual({})
    wrapper.unmount()
  })

  it('lists each text with a link to its field, takes focus, and lets the person decide', async () => {
    const journey = withQuote('Bel me op 0470 12 34 56.')
    const wrapper = await mountReminder(journey)
    const section = wrapper.get('section')
    expect(section.get('h2').text()).toBe('Kijk eerst de persoonsgegevens na')
    expect(document.activeElement).toBe(section.get('h2').element)
    const link = section.get('a')
    expect(link.text()).toBe('De tekst van uitspraak 1 in fase ‘Aanvraag aan het loket’')
    expect(link.attributes('href')).toBe(`/journey/${journey.id}/step/extra?focus=quotes[0].text`)
    expect(section.text()).toContain('‘0470 12 34 56’')
    expect(section.text()).toContain('Noem liever een rol')

    const [cancel, proceed] = section.findAll('button')
    expect([cancel?.text(), proceed?.text()]).toEqual(['Eerst aanpassen', 'Toch doorgaan'])
    await proceed!.trigger('click')
    await cancel!.trigger('click')
    expect(Object.keys(wrapper.emitted())).toEqual(['proceed', 'cancel'])
    wrapper.unmount()
  })
})
