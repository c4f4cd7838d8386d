import { deflateSync } from 'node:zlib'
import {
  createActivity,
  createFigure,
  createImage,
  createInsight,
  createLane,
  createMoment,
  createPersona,
  createPhase,
  createQuote,
  createTouchpoint,
  type Activity,
  CHANNELS,
  type Journey,
} from '@/domain'
import { makeEmptyJourney } from '../../fixtures/makeJourney'

const JPEG =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEAAgACAAD/2wBDABQODxIPDRQSEBIXFRQYHjIhHhwcHj0sLiQySUBMS0dARkVQWnNiUFVtVkVGZIhlbXd7gYKBTmCNl4x9lnN+gXz/2wBDARUXFx4aHjshITt8U0ZTfHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHz/wAARCAAdACgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDpZZHV8Z/iOOBSieT+/wDoKc6F3OV3YJxx703yyP8AlgD9B/8AXoAYlzIRw/54p4mdj/rQD74qqkeAMLx9R/jU0cZJP7oEigCfe/eRDj3FFN8rA5hH5UUAT+UQxIcjJpdjf3zUlFAFIaco6OfyqWK28oHDnmrFFAEflnu5oqSigD//2Q=='

/** A small grey gradient PNG, made here so the test needs no binary file. */
export function pngDataUrl(width = 24, height = 16): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf: Buffer) =>
    (buf.reduce((c, b) => crcTable[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.from([0, ...Array.from({ length: width }, (_, x) => (x * 255) / width + y * 2)]),
  )
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return `data:image/png;base64,${png.toString('base64')}`
}

const WORDS =
  'de burger wacht op een antwoord van het loket en leest de brief opnieuw omdat het formulier onduidelijk blijft over de termijn en de kosten van de aanvraag bij de gemeente'.split(
    ' ',
  )

/** Deterministic Dutch-looking filler of about `words` words, distinct per seed. */
export const filler = (seed: string, words: number) =>
  `${seed}: ${Array.from({ length: words }, (_, i) => WORDS[(i * 7 + seed.length) % WORDS.length]).join(' ')}.`

/**
 * Twelve phases, three lanes, two citizen activities per phase with long descriptions, touchpoints, moments
 * (some aha), a need and an opportunity per phase, figures, quotes and images, and the hard characters.
 * `words` sets the length of descriptions and moment texts; `phaseImage` puts an image in phase 10.
 */
export function bigJourney({ words = 24, phaseCount = 12, phaseImage = false } = {}): Journey {
  const citizen = createLane('citizen', 'Inwoner')
  const provider = createLane('provider', 'Dienst Parkeerbeleid')
  const user = createLane('user')
  const phases = Array.from({ length: phaseCount }, (_, i) => ({
    ...createPhase(`Fase ${i + 1} – stap “${i + 1}”`),
    description: filler(`Fasebeschrijving ${i + 1}`, 12),
  }))
  const activities: Activity[] = []
  const insights: Journey['insights'] = []
  phases.forEach((phase, p) => {
    for (let n = 0; n < 2; n++) {
      const moment = {
        ...createMoment(n === 0 ? 'negative' : 'positive'),
        text: filler(`Moment ${p + 1}.${n + 1}`, words / 2),
        emotion: n === 0 ? -((p % 2) + 1) : (p % 3) - 0,
        aha: p % 4 === 1 && n === 0,
      }
      activities.push({
        ...createActivity(phase.id, citizen.id),
        title: `Activiteit ${p + 1}.${n + 1} van Łukasz Őrs`,
        description: filler(`Beschrijving ${p + 1}.${n + 1}`, words),
        touchpoints: [0, 1].map((t) => ({
          ...createTouchpoint(CHANNELS[(p + n + t) % CHANNELS.length]!),
          label: `Contactpunt ${p + 1}.${n + 1}.${t + 1}`,
        })),
        moments: [moment],
      })
      if (n === 0) {
        insights.push({ ...createInsight('need', moment.id), text: filler(`Nood bij fase ${p + 1}`, 10) })
        insights.push({
          ...createInsight('opportunity', moment.id),
          text: filler(`Kans bij fase ${p + 1}`, 10),
        })
      }
    }
    activities.push({
      ...createActivity(phase.id, provider.id),
      title: `Dienst verwerkt stap ${p + 1}`,
      description: filler(`Dienst ${p + 1}`, words / 2),
    })
    activities.push({ ...createActivity(phase.id, user.id), title: `Tussenpersoon helpt bij stap ${p + 1}` })
  })
  return makeEmptyJourney({
    title: 'Een parkeerkaart aanvragen (bewoners, zorgverleners en bedrijven)',
    caseDescription: filler('Casus', 60),
    goal: filler('Doel', 30),
    central: {
      mode: 'personas',
      personas: [
        {
          ...createPersona(),
          name: 'Łukasz Őrs',
          description: 'Zorgverlener, 41, betaalt € 12,50 per maand',
          needs: 'Snel en digitaal',
        },
        { ...createPersona(), name: 'Ingrid Peeters', description: filler('Persona', 25), needs: '' },
      ],
      generalNote: '',
    },
    lanes: [citizen, provider, user],
    phases,
    activities,
    insights,
    figures: [
      {
        ...createFigure(),
        label: 'Kostprijs van de bewonerskaart per maand',
        value: '€ 12,50',
        unit: '',
        phaseId: phases[2]!.id,
      },
      { ...createFigure(), label: 'Aanvragen per jaar', value: '4.812', unit: 'aanvragen', phaseId: null },
    ],
    quotes: [
      {
        ...createQuote(),
        text: 'Ik dacht: “is dit nu écht nodig?” – en toch ‘moest’ het zo.',
        role: 'bewoner, 67',
        phaseId: phases[5]!.id,
      },
      {
        ...createQuote(),
        text: 'Het loket was vriendelijk, maar het formulier niet.',
        role: 'zorgverlener',
        phaseId: null,
      },
    ],
    images: [
      createImage({
        dataUrl: pngDataUrl(),
        width: 24,
        height: 16,
        caption: 'Het aanvraagformulier op papier',
        alt: 'Formulier met drie pagina’s',
        phaseId: phaseImage ? phases[9]!.id : null,
      }),
      createImage({
        dataUrl: JPEG,
        width: 40,
        height: 29,
        caption: 'De wachtzaal van het stadhuis',
        alt: '',
        phaseId: null,
      }),
    ],
  })
}
