import { describe, expect, it } from 'vitest'
import { buildMapModel } from '@/map/mapModel'
import { splitIntoSheets } from '@/map/sheets'
import { makeJourney } from '../../fixtures/makeJourney'
import { bigJourney } from './bigJourney'
import { flat, makePdf, missingTexts, pdfPages, userTexts } from './support'

const papers = ['a3', 'a4'] as const

describe('exportPdf', () => {
  it.each(papers)(
    'gives a cover page and one page per sheet for the example journey on %s',
    async (paper) => {
      const journey = makeJourney()
      const { bytes } = await makePdf(journey, paper)
      expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-')
      const pages = await pdfPages(bytes)
      expect(pages).toHaveLength(1 + splitIntoSheets(3, paper).length)
      expect(pages).toHaveLength(2)
      expect(missingTexts(pages, userTexts(journey))).toEqual([])
      expect(pages[1]).toContain('Fase 1–3 van 3')
    },
  )

  it.each(papers)(
    'puts twelve phases with long texts on 1 + sheets pages on %s, with every text',
    async (paper) => {
      const journey = bigJourney()
      const { bytes, ms } = await makePdf(journey, paper)
      const pages = await pdfPages(bytes)
      const sheets = splitIntoSheets(12, paper)
      expect(sheets).toHaveLength(paper === 'a3' ? 2 : 3)
      expect(pages).toHaveLength(1 + sheets.length)
      expect(missingTexts(pages, userTexts(journey))).toEqual([])
      // Each sheet page: its header, and each of its phases exactly there.
      sheets.forEach((sheet, i) => {
        const page = pages[i + 1]!
        expect(page).toContain(`Fase ${sheet.from + 1}–${sheet.to + 1} van 12`)
        for (const phase of journey.phases.slice(sheet.from, sheet.to + 1)) expect(page).toContain(phase.name)
      })
      // The page numbers, and the fixed labels a reader needs.
      expect(pages[0]).toContain(`Pagina 1 van ${pages.length}`)
      for (const word of [
        'Casus',
        'Doel',
        'Wie staat centraal',
        'Laatst gewijzigd',
        '4 maart 2024',
        'Legende',
      ]) {
        expect(pages[0]).toContain(word)
      }
      expect(pages[1]).toContain('Contactpunten')
      expect(pages[1]).toContain('Noden en opportuniteiten')
      expect(bytes.length).toBeLessThan(150 * 1024)
      console.info(
        `12 phases on ${paper}: ${pages.length} pages, ${(bytes.length / 1024).toFixed(1)} KB, ${ms.toFixed(0)} ms`,
      )
    },
  )

  it('writes every moment and insight with its reference, sign and score', async () => {
    const journey = bigJourney()
    const model = buildMapModel(journey)
    const all = (await pdfPages((await makePdf(journey, 'a3')).bytes)).join(' ')
    for (const phase of model.phases) {
      for (const list of Object.values(phase.cells)) {
        for (const activity of list) {
          expect(all).toContain(activity.title)
          for (const m of activity.moments) {
            const sign = m.kind === 'positive' ? '+ Positief' : '− Negatief'
            expect(all).toContain(`${m.ref} ${sign}${m.aha ? ' ★ aha-moment' : ''} (`)
            expect(all).toContain(flat(m.text))
          }
        }
      }
      for (const insight of phase.insights)
        expect(all).toContain(flat(`${insight.ref} ← ${insight.momentRef}: ${insight.text}`))
    }
    expect(all).toMatch(/Website of e-loket \(digitaal\):/)
    expect(all).toMatch(/Loket of onthaal \(fysiek\):/)
  })

  it('keeps Polish, Hungarian, euro and typographic quotes exact in the text layer', async () => {
    const all = (await pdfPages((await makePdf(bigJourney(), 'a4')).bytes)).join(' ')
    for (const text of [
      'Łukasz Őrs',
      '€ 12,50',
      '“is dit nu écht nodig?”',
      '‘moest’',
      'Fase 1 – stap “1”',
      'pagina’s',
    ]) {
      expect(all).toContain(text)
    }
    const small = (await pdfPages((await makePdf(makeJourney(), 'a4')).bytes)).join(' ')
    expect(small).toContain('Oriëntatie')
  })

  it('draws user text as text, never as markup', async () => {
    const journey = makeJourney({ title: '<b>Vet</b> & <script>alert(1)</script> {x} @ $ |' })
    const pages = await pdfPages((await makePdf(journey, 'a4')).bytes)
    expect(pages[0]).toContain('<b>Vet</b> & <script>alert(1)</script> {x} @ $ |')
  })

  it('sets the document title, subject, creator and language', async () => {
    const journey = makeJourney({ title: 'Łukasz Őrs – € “x”' })
    const { bytes } = await makePdf(journey, 'a3')
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
    expect((await doc.getMetadata()).info).toMatchObject({
      Title: 'Łukasz Őrs – € “x”',
      Subject: journey.goal,
      Creator: 'Klantreis',
      Language: 'nl-BE',
    })
    await doc.destroy()
  })
})
