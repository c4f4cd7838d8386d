import { describe, expect, it } from 'vitest'
import { defineComponent, h, shallowRef } from 'vue'
import { mount } from '@vue/test-utils'
import type { Journey } from '@/domain'
import type { TextCheck } from '@/components/textCheck'
import { providePlainLanguage } from '@/wizard/usePlainLanguage'
import { makeJourney } from '../../fixtures/makeJourney'

/** The wizard's check, as a field below WizardView gets it. */
function provided(journey: Journey) {
  const current = shallowRef<Journey | null>(journey)
  let check: TextCheck | undefined
  mount(
    defineComponent({
      setup() {
        check = providePlainLanguage(() => current.value)
        return () => h('div')
      },
    }),
  )
  return { check: check!, current }
}

const defined = (j: Journey): Journey => ({
  ...j,
  caseDescription: 'Een klant van het Openbaar Centrum voor Maatschappelijk Welzijn (OCMW) vraagt hulp.',
})
const kinds = (check: TextCheck, text: string) => check.run(text)?.hints.map((hint) => hint.kind)

describe('providePlainLanguage', () => {
  it('checks free texts only', () => {
    const { check } = provided(makeJourney())
    expect(check.applies('quotes[0].text')).toBe(true)
    expect(check.applies('central.personas[0].name')).toBe(false)
    expect(check.applies('lanes[1].name')).toBe(false)
  })

  it('answers once loaded, with the journey’s written-out abbreviations, and caches per text', async () => {
    const { check, current } = provided(defined(makeJourney()))
    expect(check.run('Bel het OCMW.')).toBeNull()
    await check.ready()
    expect(kinds(check, 'Bel het OCMW.')).toEqual([])
    expect(check.run('Bel het OCMW.')).toBe(check.run('Bel het OCMW.'))

    // An edit elsewhere that keeps the abbreviations keeps the cache.
    const cached = check.run('Bel het OCMW.')
    current.value = { ...current.value!, goal: 'Minder wachten.' }
    expect(check.run('Bel het OCMW.')).toBe(cached)
    expect(check.changed.value).toBe(0)

    // The long form is removed: the hint is back, and fields are told to check again.
    current.value = makeJourney()
    expect(kinds(check, 'Bel het OCMW.')).toEqual(['abbreviation'])
    expect(check.changed.value).toBe(1)
  })

  it('gives the reading ease of a long text that reads well, and leaves it to the hint when it reads hard', async () => {
    const { check } = provided(makeJourney())
    await check.ready()
    const easy =
      'We helpen je graag. Kom langs aan het loket. Of bel ons als je een vraag hebt. We zoeken samen wat je nodig hebt. Dan weet je snel waar je aan toe bent en wat je kan doen.'
    expect(check.run(easy)?.readability?.score).toBeGreaterThanOrEqual(60)
    const hard =
      'Indien u in aanmerking komt voor een tegemoetkoming, dient u de nodige bewijsstukken voorafgaandelijk aan het loket voor te leggen. Bij gebreke daarvan wordt uw aanvraag als onontvankelijk beschouwd en afgesloten.'
    expect(kinds(check, hard)).toContain('readability')
    expect(check.run(hard)?.readability).toBeNull()
    expect(check.run('Kort.')?.readability).toBeNull()
  })
})
