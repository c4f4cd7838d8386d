import { describe, expect, it } from 'vitest'
import { createActivity, createLane, createPhase, type Journey } from '@/domain'
import { makeEmptyJourney, makeJourney } from '../../fixtures/makeJourney'
import { bigJourney, filler } from './bigJourney'
import { flat, makePdf, missingTexts, readPdf, userTexts } from './support'

/** One phase whose citizen row is several pages tall: 40 activities with 1,800-character descriptions. */
function hugeJourney(): Journey {
  const citizen = createLane('citizen', 'Inwoner')
  const phase = createPhase('Aanvraag')
  const activities = Array.from({ length: 40 }, (_, i) => ({
    ...createActivity(phase.id, citizen.id),
    title: `Stap ${i + 1}`,
    description: filler(`Lange beschrijving ${i + 1}`, 260).slice(0, 1800),
  }))
  return makeEmptyJourney({
    title: 'Een zeer lange klantreis',
    lanes: [citizen],
    phases: [phase],
    activities,
  })
}

describe('exportPdf when a sheet does not fit', () => {
  it('first makes the text smaller: body text not below 6.5 pt, nothing below 6 pt', async () => {
    const small = await readPdf((await makePdf(makeJourney(), 'a4')).bytes)
    const big = await readPdf((await makePdf(bigJourney(), 'a4')).bytes)
    const bodySize = (sizes: number[]) => Math.max(...sizes.filter((s) => s < 10))
    expect(bodySize(big.sizes[1]!)).toBeLessThan(bodySize(small.sizes[1]!))
    for (const page of big.sizes.slice(1)) expect(Math.min(...page)).toBeGreaterThanOrEqual(6)
    expect(
      big.sizes
        .slice(1)
        .flat()
        .filter((s) => s >= 6.5).length,
    ).toBeGreaterThan(100)
  })

  it('continues the same phases on "(vervolg)" pages with the phase line and lane labels, dropping nothing', async () => {
    const journey = bigJourney({ words: 80, phaseImage: true })
    for (const paper of ['a3', 'a4'] as const) {
      const { pages } = await readPdf((await makePdf(journey, paper)).bytes)
      const continued = pages.filter((p) => p.includes('(vervolg)'))
      expect(continued.length, paper).toBeGreaterThan(0)
      for (const page of continued) {
        const [, from, to] = /Fase (\d+)–(\d+) van 12 \(vervolg\)/.exec(page) ?? []
        expect(from, page.slice(0, 120)).toBeDefined()
        for (const phase of journey.phases.slice(Number(from) - 1, Number(to)))
          expect(page).toContain(phase.name)
      }
      expect(missingTexts(pages, userTexts(journey)), paper).toEqual([])
    }
  })

  it('cuts a row taller than a page between cards or lines, repeating its label, and loses no text', async () => {
    const journey = hugeJourney()
    const { pages } = await readPdf((await makePdf(journey, 'a4')).bytes)
    expect(pages.length).toBeGreaterThan(4)
    const chrome =
      /Pagina \d+ van \d+ Een zeer lange klantreis Fase 1 van 1 \(vervolg\) Fases 1\. Aanvraag Inwoner Activiteiten \(Burger\) \(vervolg\)/g
    const sheetPages = pages.slice(1)
    for (const page of sheetPages.slice(1))
      expect(page).toMatch(
        /^Een zeer lange klantreis Fase 1 van 1 \(vervolg\) Fases 1\. Aanvraag Inwoner Activiteiten \(Burger\) \(vervolg\)/,
      )
    const joined = flat(sheetPages.join(' ').replace(chrome, ' '))
    for (const a of journey.activities) expect(joined).toContain(flat(`${a.title} ${a.description}`))
    // In order: step 1 before step 2 … before step 40.
    const positions = journey.activities.map((a) => joined.indexOf(a.title + ' '))
    expect([...positions].sort((x, y) => x - y)).toEqual(positions)
  })

  it('exports a journey without phases or title', async () => {
    const { pages } = await readPdf((await makePdf(makeEmptyJourney(), 'a3')).bytes)
    expect(pages).toHaveLength(2)
    expect(pages[0]).toContain('Klantreis zonder titel')
    expect(pages[1]).toContain('Deze klantreis heeft nog geen fases.')
  })

  it('names the general process and its note when no personas are central', async () => {
    const journey = makeJourney({
      central: { mode: 'general', personas: [], generalNote: 'Iedereen krijgt dezelfde brief.' },
    })
    const { pages } = await readPdf((await makePdf(journey, 'a4')).bytes)
    expect(pages[0]).toContain('Wie staat centraal Algemeen proces Iedereen krijgt dezelfde brief.')
  })

  it('still prints the caption when an image cannot be decoded', async () => {
    const base = makeJourney()
    const broken = {
      id: 'img1',
      dataUrl: 'data:image/png;base64,AAAA',
      width: 10,
      height: 10,
      caption: 'Kapot beeld',
      alt: '',
      phaseId: base.phases[0]!.id,
    }
    const { pages } = await readPdf((await makePdf({ ...base, images: [broken] }, 'a4')).bytes)
    expect(pages[1]).toContain('Dit beeld kon niet in de PDF geplaatst worden.')
    expect(pages[1]).toContain('Kapot beeld')
  })
})
