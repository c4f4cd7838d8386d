// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import mammoth from 'mammoth'
import { strFromU8, unzipSync } from 'fflate'
import {
  actionItems,
  buildMapModel,
  createImage,
  createInsight,
  createQuote,
  sortActions,
  type Journey,
} from '@/domain'
import { dataUrlBytes, exportDocx, reportImages, type ReportInput } from '@/export/exportDocx'
import nlBase from '@/i18n/nl-BE'
import exportParts from '@/i18n/parts/export'
import actionParts from '@/i18n/parts/actions'
import { createReportLabels } from '@/i18n/actionLabels'
import { makeJourney } from '../../fixtures/makeJourney'

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const i18n = createI18n({
  legacy: false,
  locale: 'nl-BE',
  messages: {
    'nl-BE': { ...nlBase, export: exportParts['nl-BE'], actionPage: actionParts['nl-BE'] },
  },
})
const t = i18n.global.t as unknown as Parameters<typeof createReportLabels>[0]

function journey(): Journey {
  const j = makeJourney({ title: 'Nieuwe identiteitskaart <script>alert(1)</script>' })
  const moment = j.activities.flatMap((a) => a.moments)[1]!
  return {
    ...j,
    insights: [
      ...j.insights,
      {
        ...createInsight('opportunity', moment.id),
        text: 'Een afspraak online kunnen verzetten',
        action: {
          owner: 'Łukasz Őrs',
          nextStep: 'Voorstel op het teamoverleg',
          status: 'doing',
          impact: 'high',
          effort: 'low',
          due: '2027-06-15',
        },
      },
    ],
    quotes: [
      { ...createQuote(), text: 'Ik wist niet wat ik moest meebrengen.', role: 'alleenstaande moeder' },
    ],
    images: [
      { ...createImage({ dataUrl: PNG, width: 1, height: 1 }), alt: 'Foto van het loket met de wachtrij' },
    ],
  }
}

async function build(j: Journey, pages: ReportInput['pages'] = []) {
  const model = buildMapModel(j)
  const laneName = (id: string) => j.lanes.find((l) => l.id === id)?.name ?? ''
  const input: ReportInput = {
    journey: j,
    model,
    items: sortActions(actionItems(j, model)),
    labels: createReportLabels(t, {
      laneName,
      date: (iso) => iso.slice(0, 10),
      now: '3 maart 2026',
      changed: '2 maart 2026',
    }),
    laneName,
    lang: 'nl-BE',
    images: await reportImages(j.images),
    pages,
  }
  const blob = await exportDocx(input)
  const bytes = new Uint8Array(await blob.arrayBuffer())
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  const files = unzipSync(bytes)
  const xml = (name: string) => strFromU8(files[name]!)
  return { html, xml }
}
const tags = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''))

describe('the Word report', () => {
  it('has real headings: the title, the parts, the phases, the lanes and the steps', async () => {
    const { html } = await build(journey())
    expect(tags(html, 'h1')).toEqual(['Nieuwe identiteitskaart &lt;script&gt;alert(1)&lt;/script&gt;'])
    expect(tags(html, 'h2')).toEqual([
      'Samenvatting',
      'De reis, fase per fase',
      'Aha-momenten',
      'Noden',
      'Opportuniteiten en acties',
      'Cijfers',
      'Uitspraken',
      'Beelden',
    ])
    expect(tags(html, 'h3')).toEqual(
      expect.arrayContaining(['Fase 1: Oriëntatie', 'Fase 2: Aanvraag aan het loket', 'Wat beter kan']),
    )
    expect(tags(html, 'h4')).toEqual(expect.arrayContaining(['Inwoner', 'Dienst Burgerzaken']))
    expect(tags(html, 'h5')).toEqual(
      expect.arrayContaining([
        'Stap 2: Leest de oproepingsbrief van de gemeente',
        'Stap 1: Stuurt de oproepingsbrief',
      ]),
    )
    // The user's text is text: the title's markup is escaped, never a tag of the document.
    expect(html).not.toContain('<script>')
  })

  it('has the needs, the actions and the figures as tables with a header row', async () => {
    const { html, xml } = await build(journey())
    const tables = html.match(/<table>.*?<\/table>/g) ?? []
    expect(tables).toHaveLength(3)
    const [needs, actions, figures] = tables as [string, string, string]
    expect(needs).toContain('Vooraf weten hoe lang het wachten duurt')
    expect(tags(actions, 'th')).toEqual([
      'Opportuniteit',
      'Komt van moment',
      'Wie neemt het op',
      'Volgende stap',
      'Stand van zaken',
      'Effect voor de burger',
      'Moeite',
      'Tegen wanneer',
    ])
    // Most important first: the quick win before the opportunity that was not weighed.
    expect(actions.indexOf('Een afspraak online kunnen verzetten')).toBeLessThan(
      actions.indexOf('Een wachtrij-sms'),
    )
    for (const word of ['Łukasz Őrs', 'Bezig', 'Groot', 'Klein', '15/06/2027', 'Open', 'Nog niet bepaald'])
      expect(actions).toContain(word)
    expect(figures).toContain('25 minuten')
    const document = xml('word/document.xml')
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(3)
  })

  it('has the moments with their emotion in words, quotes with their role, and images with alt text', async () => {
    const { html, xml } = await build(journey())
    expect(html).toContain('Moment 2, heel negatief (−2): Lang wachten ondanks een afspraak')
    expect(html).toContain('Ik wist niet wat ik moest meebrengen.')
    expect(html).toContain('– alleenstaande moeder')
    expect(html).toMatch(/<img [^>]*alt="Foto van het loket met de wachtrij"/)
    expect(xml('word/document.xml')).toContain('descr="Foto van het loket met de wachtrij"')
  })

  it('says where a text rests on an assumption', async () => {
    const j = journey()
    const first = j.activities[0]!
    const assumed: Journey = {
      ...j,
      activities: [
        {
          ...first,
          moments: first.moments.map((m) => ({ ...m, evidence: { kind: 'assumption', source: '' } })),
        },
        ...j.activities.slice(1),
      ],
    }
    const { html } = await build(assumed)
    expect(html).toContain('Waar komt dit vandaan: een aanname: nog na te gaan')
  })

  it('is in Dutch (Belgium), with the journey as its title and Klantreis as its maker', async () => {
    const { xml } = await build(journey())
    expect(xml('word/styles.xml')).toMatch(/<w:lang w:val="nl-BE"/)
    const core = xml('docProps/core.xml')
    expect(core).toContain(
      '<dc:title>Nieuwe identiteitskaart &lt;script&gt;alert(1)&lt;/script&gt;</dc:title>',
    )
    expect(core).toContain('<dc:creator>Klantreis</dc:creator>')
  })

  it('ends with the map pages as images, each described', async () => {
    const page = {
      data: dataUrlBytes(PNG),
      type: 'png' as const,
      width: 1123,
      height: 794,
      label: 'Blad 1 van 1',
    }
    const { html } = await build(journey(), [page])
    expect(tags(html, 'h2').at(-1)).toBe('De kaart')
    expect(html).toMatch(
      /<img [^>]*alt="Beeld van de kaart, Blad 1 van 1\. De teksten ervan staan ook in dit verslag\."/,
    )
  })
})
