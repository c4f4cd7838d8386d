import { describe, expect, it } from 'vitest'
import { unquoted } from '@/domain'

describe('unquoted', () => {
  it.each([
    ['“Ik stond een kwartier te zoeken.”', 'Ik stond een kwartier te zoeken.'],
    ['"Te veel papier"', 'Te veel papier'],
    ['„Waarom twee keer?”', 'Waarom twee keer?'],
    ['  «Goed geholpen»  ', 'Goed geholpen'],
    ['Zonder aanhalingstekens', 'Zonder aanhalingstekens'],
    ['Hij zei “nee” en ging weg', 'Hij zei “nee” en ging weg'],
    ['', ''],
  ])('%j becomes %j', (typed, shown) => expect(unquoted(typed)).toBe(shown))
})
