import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cleanText,
  createPhase,
  decodeMessage,
  LIST_LIMITS,
  maxItemsAt,
  maxLengthAt,
  refusalAt,
  schemaAt,
  TEXT_LIMITS,
  type Path,
} from '@/domain'

describe('leafRules', () => {
  describe('maxLengthAt', () => {
    it.each<[Path, number | null]>([
      [['title'], 160],
      [['caseDescription'], 10_000],
      [['goal'], 10_000],
      [['lastStepId'], 40],
      [['origin', 'sourceTitle'], 160],
      [['central', 'personas', 0, 'name'], 120],
      [['central', 'personas', 11, 'needs'], 10_000],
      [['central', 'generalNote'], 10_000],
      [['lanes', 0, 'name'], 120],
      [['phases', 29, 'name'], 120],
      [['phases', 0, 'description'], 10_000],
      [['activities', 0, 'title'], 200],
      [['activities', 599, 'description'], 10_000],
      [['activities', 0, 'handoff', 'to'], 200],
      [['activities', 0, 'evidence', 'source'], 200],
      [['activities', 0, 'touchpoints', 0, 'label'], 200],
      [['activities', 0, 'touchpoints', 0, 'exclusion'], 300],
      [['activities', 0, 'moments', 3, 'text'], 10_000],
      [['aha', 'improvements', 0, 'text'], 10_000],
      [['aha', 'strengths', 0, 'role'], 120],
      [['insights', 0, 'text'], 10_000],
      [['insights', 0, 'action', 'owner'], 120],
      [['insights', 0, 'action', 'nextStep'], 300],
      [['figures', 0, 'label'], 200],
      [['figures', 0, 'value'], 60],
      [['figures', 0, 'unit'], 40],
      [['quotes', 0, 'role'], 120],
      [['images', 0, 'caption'], 300],
      [['images', 0, 'alt'], 300],
      // not a text with a limit
      [['images', 0, 'dataUrl'], null],
      [['activities', 0, 'moments', 0, 'emotion'], null],
      [['phases'], null],
      [['lanes', 0, 'enabled'], null],
      [['insights', 0, 'action', 'due'], null],
      [['nope'], null],
      [['activities', 'title'], null],
      [['title', 0], null],
      [[], null],
    ])('at %j is %s', (path, max) => {
      expect(maxLengthAt(path)).toBe(max)
    })

    it('matches TEXT_LIMITS', () => {
      expect([
        maxLengthAt(['title']),
        maxLengthAt(['phases', 0, 'name']),
        maxLengthAt(['figures', 0, 'unit']),
      ]).toEqual([TEXT_LIMITS.title, TEXT_LIMITS.name, TEXT_LIMITS.unit])
    })
  })

  describe('maxItemsAt', () => {
    it.each<[Path, number | null]>([
      [['phases'], 30],
      [['lanes'], 8],
      [['activities'], 600],
      [['activities', 0, 'moments'], 20],
      [['activities', 7, 'touchpoints'], 20],
      [['central', 'personas'], 12],
      [['aha', 'improvements'], 10],
      [['aha', 'strengths'], 40],
      [['insights'], 600],
      [['figures'], 60],
      [['quotes'], 60],
      [['images'], 20],
      // not a list
      [['title'], null],
      [['activities', 0], null],
      [['aha'], null],
      [['nope'], null],
    ])('at %j is %s', (path, max) => {
      expect(maxItemsAt(path)).toBe(max)
    })

    it('matches LIST_LIMITS for every list of the journey', () => {
      expect(maxItemsAt(['phases'])).toBe(LIST_LIMITS.phases)
      expect(maxItemsAt(['activities', 0, 'moments'])).toBe(LIST_LIMITS.moments)
      expect(maxItemsAt(['aha', 'strengths'])).toBe(LIST_LIMITS.strengths)
    })
  })

  describe('schemaAt', () => {
    it('treats every list index alike', () => {
      expect(schemaAt(['activities', 0, 'title'])).toBe(schemaAt(['activities', 412, 'title']))
    })

    it('has no schema for a path the journey does not have', () => {
      expect(schemaAt(['activities', 0, 'colour'])).toBeNull()
    })
  })

  describe('refusalAt', () => {
    const phases = (n: number) => Array.from({ length: n }, () => createPhase('Fase'))

    it.each<[string, Path, unknown, { key: string; params: Record<string, string | number> } | null]>([
      ['a title that fits', ['title'], 't'.repeat(160), null],
      ['an empty title', ['title'], '', null],
      [
        'a title one too long',
        ['title'],
        't'.repeat(161),
        { key: 'errors.tooLong', params: { max: 160, length: 161 } },
      ],
      [
        'a description far too long',
        ['activities', 3, 'description'],
        'd'.repeat(20_000),
        { key: 'errors.tooLong', params: { max: 10_000, length: 20_000 } },
      ],
      ['30 phases', ['phases'], phases(30), null],
      ['31 phases', ['phases'], phases(31), { key: 'errors.tooMany', params: { max: 30 } }],
      [
        '21 moments on an activity',
        ['activities', 0, 'moments'],
        Array.from({ length: 21 }, (_, i) => ({ id: `m${i}`, text: '', emotion: 1 })),
        { key: 'errors.tooMany', params: { max: 20 } },
      ],
      ['a title that is a number', ['title'], 42, { key: 'errors.invalid', params: {} }],
      [
        'an emotion of 0',
        ['activities', 0, 'moments', 0, 'emotion'],
        0,
        { key: 'errors.invalid', params: {} },
      ],
      ['an emotion of −2', ['activities', 0, 'moments', 0, 'emotion'], -2, null],
      [
        'an unknown channel',
        ['activities', 0, 'touchpoints', 0, 'channel'],
        'fax',
        { key: 'errors.invalid', params: {} },
      ],
      [
        'a due date in words',
        ['insights', 0, 'action', 'due'],
        'morgen',
        { key: 'errors.invalid', params: {} },
      ],
      ['a path the journey does not have', ['colour'], 'blauw', { key: 'errors.invalid', params: {} }],
      ['no hand-off', ['activities', 0, 'handoff'], null, null],
    ])('%s', (_name, path, value, expected) => {
      const refusal = refusalAt(path, value)
      expect(refusal === null ? null : decodeMessage(refusal)).toEqual(expected)
    })
  })

  describe('cleanText', () => {
    const invisible = [
      ...Array.from({ length: 9 }, (_, i) => i),
      0x0b,
      0x0c,
      ...Array.from({ length: 0x20 - 0x0e }, (_, i) => 0x0e + i),
      0x7f,
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069,
    ].map((c) => String.fromCharCode(c))

    it.each(invisible.map((c) => [c.charCodeAt(0).toString(16).padStart(4, '0'), c] as const))(
      'strips U+%s',
      (_code, c) => {
        expect(cleanText(`a${c}b${c}`)).toBe('ab')
      },
    )

    it.each<[string, string]>([
      ['line breaks and tabs', 'één\ntwee\tdrie\r\n'],
      ['non-Latin-1 names', 'Łukasz Őrs'],
      ['emoji, joined and flags', '😀 👩‍👩‍👧 🇧🇪'],
      ['right-to-left script', 'שלום مرحبا'],
      ['markup, which is text here', '<script>alert(1)</script>'],
      ['a no-break space and a zero-width space', 'a\u00a0b\u200bc'],
      ['the left-to-right and right-to-left marks', 'a\u200eb\u200fc'],
    ])('keeps %s', (_name, text) => {
      expect(cleanText(text)).toBe(text)
    })

    it('turns text that read backwards into text that reads forwards', () => {
      expect(cleanText('\u202eterug\u202c')).toBe('terug')
    })

    it('is idempotent and leaves none of what it strips', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          const clean = cleanText(text)
          expect(cleanText(clean)).toBe(clean)
          for (const c of invisible) expect(clean.includes(c)).toBe(false)
        }),
      )
    })
  })
})
