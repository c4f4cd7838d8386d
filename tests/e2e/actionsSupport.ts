import mammoth from 'mammoth'
import { expect, type Page } from '@playwright/test'
import type { Journey } from '../../src/domain/schema'
import { smallJourney } from './fixtures'

const opportunity = (id: string, momentId: string, text: string): Journey['insights'][number] => ({
  id,
  kind: 'opportunity',
  momentId,
  improvementId: null,
  text,
  evidence: { kind: 'none', source: '' },
  action: { owner: '', nextStep: '', status: 'open', impact: 'unset', effort: 'unset', due: '' },
})

/**
 * The parking-permit journey with three opportunities: the fixture's own (done, little effect, little
 * effort), one of some weight, and one not weighed yet, which the test makes the most important.
 */
export const actionsJourney: Journey = {
  ...smallJourney,
  id: 'journey-actions',
  title: 'Een parkeerkaart aanvragen: van kaart naar actie',
  insights: [
    ...smallJourney.insights,
    {
      ...opportunity(
        'ins-a1',
        'mom-03-provider-1-1',
        'Herinneringen sturen via de eBox in plaats van per mail',
      ),
      action: {
        owner: 'Dienst communicatie',
        nextStep: 'Navragen bij de eBox-ploeg',
        status: 'open',
        impact: 'medium',
        effort: 'medium',
        due: '2027-03-01',
      },
    },
    opportunity('ins-a2', 'mom-02-citizen-1-1', 'Het inschrijvingsbewijs zelf opvragen bij de DIV'),
  ],
}

/** The opportunity cards of the action page, top to bottom: their headings ("Opportuniteit 2"). */
export const actionOrder = (page: Page) =>
  page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).allInnerTexts()

/** The fields of one opportunity on the action page, by the legend of its group. */
export const actionFields = (page: Page, n: number) =>
  page.getByRole('group', { name: `Wat doen we met opportuniteit ${n}?` })

/** A Word file read back as a reader's tools see it: its HTML (headings, tables) from mammoth. */
export async function readDocx(data: Buffer) {
  const { value: html } = await mammoth.convertToHtml({ buffer: data })
  const tags = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''))
  return { html, tags }
}

/** The bytes of a text in UTF-8, to find in a file. */
export const utf8 = (text: string) => Buffer.from(text, 'utf8')

export async function expectBytes(data: Buffer, text: string) {
  expect(data.includes(utf8(text)), `"${text}" in UTF-8`).toBe(true)
}
