import { beforeAll, describe, expect, it } from 'vitest'
import { loadPlainLanguageChecker, type PlainLanguageChecker } from '@/plainLanguage'
import type { Journey } from '@/domain'
import {
  abbreviationIndex,
  journeyAbbreviations,
  journeyHints,
  journeyHintsInSlices,
  journeyPrivacyHints,
} from '@/components/journeyHints'
import { makeJourney } from '../../fixtures/makeJourney'

let checker: PlainLanguageChecker
beforeAll(async () => {
  checker = await loadPlainLanguageChecker()
})

/** The fixture journey with a few texts of its own. */
function journeyWith(edit: (j: Journey) => Partial<Journey>): Journey {
  const base = makeJourney()
  return { ...base, ...edit(base) }
}

describe('journeyPrivacyHints', () => {
  it('finds personal data in quotes and descriptions, with the step, item and field', () => {
    const journey = journeyWith((j) => ({
      quotes: [{ ...j.quotes[0]!, text: 'Mail me op an.peeters@telenet.be, of bel.' }],
      central: {
        ...j.central,
        personas: [{ ...j.central.personas[0]!, description: 'Rijksregisternummer 85.07.30-033.28.' }],
      },
    }))
    const found = journeyPrivacyHints(journey, checker)
      .filter((p) => p.path === 'quotes[0].text' || p.path.startsWith('central.'))
      .map((p) => ({
        step: p.step,
        path: p.path,
        item: p.place.item,
        field: p.place.field,
        key: p.hint.key,
      }))
    expect(found).toEqual([
      {
        step: 'central',
        path: 'central.personas[0].description',
        item: 'persona',
        field: 'description',
        key: 'plainLanguage.personalData.nationalNumber',
      },
      {
        step: 'extra',
        path: 'quotes[0].text',
        item: 'quote',
        field: 'text',
        key: 'plainLanguage.personalData.email',
      },
    ])
  })

  it('ignores a national number with wrong check digits, and the names where names belong', () => {
    const journey = journeyWith((j) => ({
      quotes: [{ ...j.quotes[0]!, text: 'Nummer 85.07.30-033.29, geen echt.' }],
      central: { ...j.central, personas: [{ ...j.central.personas[0]!, name: 'Fatima' }] },
    }))
    const paths = journeyPrivacyHints(journey, checker).map((p) => p.path)
    expect(paths.filter((p) => p === 'quotes[0].text' || p.startsWith('central.'))).toEqual([])
  })
})

describe('journeyHints', () => {
  it('counts an abbreviation written out in any field as explained in every field', () => {
    const journey = journeyWith(() => ({
      goal: 'Minder wachten bij het OCMW.',
      caseDescription: 'Een klant van het Openbaar Centrum voor Maatschappelijk Welzijn (OCMW) vraagt hulp.',
    }))
    expect(journeyAbbreviations(journey, checker)).toContain('OCMW')
    const inGoal = (j: Journey) =>
      journeyHints(j, checker).filter((p) => p.path === 'goal' || p.path === 'caseDescription')
    expect(inGoal(journey)).toEqual([])
    const alone = journeyWith(() => ({ goal: 'Minder wachten bij het OCMW.' }))
    expect(journeyHints(alone, checker).map((p) => [p.path, p.hint.kind])).toContainEqual([
      'goal',
      'abbreviation',
    ])
  })

  it('gives the same hints in slices as at once', async () => {
    const journey = journeyWith(() => ({ goal: 'Indien de klant bestaansmiddelen heeft, belt hij.' }))
    const all = journeyHints(journey, checker)
    expect(all.filter((p) => p.path === 'goal').map((p) => p.hint.key)).toEqual([
      'plainLanguage.jargon',
      'plainLanguage.jargon',
    ])
    expect(await journeyHintsInSlices(journey, checker)).toEqual(all)
  })
})

describe('abbreviationIndex', () => {
  it('finds what journeyAbbreviations finds, and after an edit reads only the edited text again', () => {
    const journey = journeyWith(() => ({
      caseDescription: 'Een klant van het Openbaar Centrum voor Maatschappelijk Welzijn (OCMW) vraagt hulp.',
    }))
    const read: string[][] = []
    const counting: PlainLanguageChecker = {
      ...checker,
      definedAbbreviations: (texts) => {
        read.push([...texts])
        return checker.definedAbbreviations(texts)
      },
    }
    const abbreviationsOf = abbreviationIndex(counting)
    expect(abbreviationsOf(journey)).toEqual(journeyAbbreviations(journey, checker))
    expect(read.length).toBeGreaterThan(10)

    read.length = 0
    const edited = { ...journey, goal: 'Hulp van de Vlaamse Dienst voor Arbeidsbemiddeling (VDAB).' }
    expect([...abbreviationsOf(edited)].sort()).toEqual(['OCMW', 'VDAB'])
    expect(read).toEqual([[edited.goal]])

    read.length = 0
    expect([...abbreviationsOf({ ...edited, caseDescription: 'Een klant vraagt hulp.' })]).toEqual(['VDAB'])
    expect(read).toEqual([['Een klant vraagt hulp.']])
  })
})
