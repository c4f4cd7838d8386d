// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createAction, type ActionItem } from '@/domain'
import { actionsCsvRows, actionsFileName, csvBlob, csvCell, toCsv } from '@/export/exportCsv'
import type { ActionTableLabels } from '@/export/actionTable'

const bytes = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())]
const utf8 = (s: string) => [...new TextEncoder().encode(s)]

describe('csvCell', () => {
  it.each([
    ['plain text', 'Team onthaal', 'Team onthaal'],
    ['empty', '', ''],
    ['a separator', 'ICT; communicatie', '"ICT; communicatie"'],
    ['a quote, doubled', 'het "kastje"', '"het ""kastje"""'],
    ['a line feed', 'eerst\ndan', '"eerst\ndan"'],
    ['a CRLF', 'eerst\r\ndan', '"eerst\r\ndan"'],
    ['a comma, which is no separator here', 'a, b', 'a, b'],
    ['a formula', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['a plus', '+32 9 123 45 67', "'+32 9 123 45 67"],
    ['a minus', '-2', "'-2"],
    ['an at sign', '@team', "'@team"],
    ['a leading tab', '\tverborgen', "'\tverborgen"],
    ['a leading carriage return, then quoted', '\r=1+1', `"'\r=1+1"`],
    ['a formula with a separator: apostrophe, then quotes', '=A1;B1', `"'=A1;B1"`],
    ['a formula sign inside the text', 'Kosten = 5 euro', 'Kosten = 5 euro'],
    ['an accented name', 'Łukasz Őrs', 'Łukasz Őrs'],
  ])('%s', (_, value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
})

describe('toCsv and csvBlob', () => {
  it('joins cells with ; and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c;d', ''],
      ]),
    ).toBe('a;b\r\n"c;d";\r\n')
  })

  it('starts with the UTF-8 byte order mark, then the text in UTF-8', async () => {
    const blob = csvBlob([['Łukasz Őrs', '€ 5']])
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const all = await bytes(blob)
    expect(all.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf])
    expect(all.slice(3)).toEqual(utf8('Łukasz Őrs;€ 5\r\n'))
    // Ł is C5 81, Ő is C5 90, € is E2 82 AC: two and three bytes, never a Windows-1252 byte.
    expect(all.slice(3, 5)).toEqual([0xc5, 0x81])
    expect(all.slice(11, 13)).toEqual([0xc5, 0x90])
    expect(all.slice(all.length - 7, all.length - 4)).toEqual([0xe2, 0x82, 0xac])
  })

  it('an empty list is the byte order mark alone', async () => {
    expect(await bytes(csvBlob([]))).toEqual([0xef, 0xbb, 0xbf])
  })
})

const labels: ActionTableLabels = {
  headings: {
    rank: 'Volgorde',
    n: 'Nummer op de kaart',
    opportunity: 'Opportuniteit',
    moment: 'Komt van moment',
    step: 'Stap',
    phase: 'Fase',
    lane: 'Lijn',
    owner: 'Wie neemt het op',
    nextStep: 'Volgende stap',
    status: 'Stand van zaken',
    impact: 'Effect voor de burger',
    effort: 'Moeite',
    due: 'Tegen wanneer',
  },
  status: { open: 'Open', doing: 'Bezig', done: 'Gedaan', dropped: 'Niet weerhouden' },
  level: { unset: 'Nog niet bepaald', low: 'Klein', medium: 'Middelmatig', high: 'Groot' },
  laneName: (id) => (id === 'citizen' ? 'Burger' : 'Dienstverlener'),
}

const item = (n: number, action: Partial<ActionItem['action']>, text = `Opportuniteit ${n}`): ActionItem => ({
  id: `k${n}`,
  index: n,
  n,
  text,
  evidence: { kind: 'none', source: '' },
  action: { ...createAction(), ...action },
  momentN: 4,
  momentText: 'Lang wachten',
  emotion: -2,
  stepTitle: 'Gaat naar het loket',
  phaseNumber: 2,
  phaseName: 'Aanvraag',
  laneId: 'citizen',
})

describe('actionsCsvRows', () => {
  it('has Dutch headings and, per opportunity, its words, status and priority in words, dates dd/mm/jjjj', () => {
    const rows = actionsCsvRows(
      [
        item(3, {
          owner: 'Łukasz Őrs',
          nextStep: 'Bespreken; dan beslissen',
          status: 'doing',
          impact: 'high',
          effort: 'low',
          due: '2027-06-15',
        }),
        item(1, {}, '=HYPERLINK("http://x")'),
      ],
      labels,
    )
    expect(rows[0]).toEqual(Object.values(labels.headings))
    expect(rows[1]).toEqual([
      '1',
      '3',
      'Opportuniteit 3',
      '4 – Lang wachten',
      'Gaat naar het loket',
      '2 – Aanvraag',
      'Burger',
      'Łukasz Őrs',
      'Bespreken; dan beslissen',
      'Bezig',
      'Groot',
      'Klein',
      '15/06/2027',
    ])
    expect(rows[2]!.slice(7)).toEqual(['', '', 'Open', 'Nog niet bepaald', 'Nog niet bepaald', ''])
    const text = toCsv(rows)
    expect(text).toContain(';"Bespreken; dan beslissen";Bezig;')
    expect(text).toContain(`;"'=HYPERLINK(""http://x"")";`)
    expect(text.split('\r\n')).toHaveLength(4)
  })

  it('of an empty list is the headings alone', () => {
    expect(actionsCsvRows([], labels)).toEqual([Object.values(labels.headings)])
  })
})

describe('actionsFileName', () => {
  it.each([
    ['Een parkeerkaart aanvragen', 'klantreis-een-parkeerkaart-aanvragen-acties.csv'],
    ['', 'klantreis-acties.csv'],
  ])('%s → %s', (title, expected) => {
    expect(actionsFileName({ title }, 'acties', 'csv')).toBe(expected)
  })
})
