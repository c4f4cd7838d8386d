import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { buildMapModel, createInsight, type Journey } from '@/domain'
import { layoutActionsPoster, layoutPoster, type Box, type PaperId } from '@/domain/layout/poster'
import { textWidth } from '@/domain/layout/text'
import { PT } from '@/domain/layout/poster/paper'
import nlBase from '@/i18n/nl-BE'
import exportParts from '@/i18n/parts/export'
import { createPosterLabels } from '@/i18n/posterLabels'
import { makeJourney } from '../../fixtures/makeJourney'

const i18n = createI18n({
  legacy: false,
  locale: 'nl-BE',
  messages: { 'nl-BE': { ...nlBase, export: exportParts['nl-BE'] } },
})
const t = i18n.global.t as unknown as Parameters<typeof createPosterLabels>[0]
const labels = createPosterLabels(t, '3 maart 2026')
const laneName = (id: string) => (id ? 'Inwoner' : '')

/** The identity-card journey with `extra` more opportunities on its first moment. */
function journeyWith(extra: { text: string; impact?: 'high' | 'low'; effort?: 'low' | 'high' }[]): Journey {
  const j = makeJourney()
  const moment = j.activities.flatMap((a) => a.moments)[0]!
  return {
    ...j,
    insights: [
      ...j.insights,
      ...extra.map((e) => ({
        ...createInsight('opportunity', moment.id),
        text: e.text,
        action: {
          owner: 'Łukasz Őrs',
          nextStep: 'Bespreken op het teamoverleg',
          status: 'doing' as const,
          impact: e.impact ?? ('low' as const),
          effort: e.effort ?? ('high' as const),
          due: '2027-06-15',
        },
      })),
    ],
  }
}
const actionsOnly = (j: Journey, paper: PaperId = 'a4') =>
  layoutActionsPoster({ journey: j, model: buildMapModel(j), labels, paper, laneName })
const texts = (boxes: Box[]) => boxes.flatMap((b) => (b.type === 'text' ? b.lines : []))

describe('the action pages of the poster', () => {
  it('come after every other page of the poster, and list the opportunities most important first', () => {
    const j = journeyWith([{ text: 'Snel resultaat', impact: 'high', effort: 'low' }])
    const poster = layoutPoster({
      journey: j,
      model: buildMapModel(j),
      labels,
      paper: 'a3',
      laneName: (l) => l.name,
    })
    const kinds = poster.pages.map((p) => p.kind)
    expect(kinds.at(-1)).toBe('actions')
    expect(kinds.indexOf('actions')).toBeGreaterThan(kinds.lastIndexOf('sheet'))
    const words = texts(poster.pages.at(-1)!.boxes).join('\n')
    expect(words).toContain('Van kaart naar actie')
    expect(words.indexOf('Snel resultaat')).toBeLessThan(words.indexOf('Een wachtrij-sms'))
    expect(words).toContain('Łukasz Őrs')
    expect(words).toContain('15/06/2027')
    expect(words).toContain('Effect: groot')
    expect(words).toMatch(/Pagina \d+ van \d+/)
  })

  it('are left out of a poster whose map has no opportunity', () => {
    const j = { ...makeJourney(), insights: [] }
    const poster = layoutPoster({
      journey: j,
      model: buildMapModel(j),
      labels,
      paper: 'a4',
      laneName: (l) => l.name,
    })
    expect(poster.pages.some((p) => p.kind === 'actions')).toBe(false)
    expect(texts(actionsOnly(j).pages[0]!.boxes)).toContain('Er zijn nog geen opportuniteiten.')
  })

  it.each<PaperId>(['a4', 'a3', 'a0'])(
    'on %s keep every line inside its box and above the footer, over as many pages as it takes',
    (paper) => {
      const long = 'Een lange tekst over wat beter kan aan het loket en online. '.repeat(160)
      const many = Array.from({ length: 30 }, (_, i) => ({
        text: `Opportuniteit nummer ${i + 1} ${'woord '.repeat(i * 3)}`,
      }))
      const j = journeyWith([...many, { text: long }])
      const poster = actionsOnly(j, paper)
      const { height, margin } = poster.paper
      expect(poster.pages.length).toBeGreaterThan(1)
      for (const page of poster.pages) {
        // The footer is the last three boxes: its rule, the title and the page number.
        const rule = page.boxes.at(-3)!
        expect(rule.type).toBe('line')
        const footerTop = rule.type === 'line' ? rule.y1 : 0
        expect(footerTop).toBeLessThan(height - margin)
        for (const box of page.boxes.slice(0, -3)) {
          if (box.type === 'line') expect(box.y1).toBeLessThanOrEqual(footerTop)
          if (box.type !== 'text') continue
          for (const line of box.lines)
            expect(textWidth(line, box.weight, box.size) * PT).toBeLessThanOrEqual(box.w + 1e-6)
          expect(box.y + box.lines.length * box.lineHeight).toBeLessThanOrEqual(footerTop)
        }
      }
      // The long text is split between lines, not cut: all its words are there, once.
      const all = poster.pages.flatMap((p) => texts(p.boxes)).join(' ')
      expect(all.match(/\blange\b/g)).toHaveLength(160)
      for (let i = 1; i <= 30; i++) expect(all).toContain(`Opportuniteit nummer ${i} `)
      expect(texts(poster.pages[1]!.boxes)[0]).toBe('Van kaart naar actie (vervolg)')
      poster.pages.forEach((p, i) =>
        expect(texts(p.boxes)).toContain(`Pagina ${i + 1} van ${poster.pages.length}`),
      )
    },
  )
})
