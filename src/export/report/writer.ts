import type * as Docx from 'docx'
import type { ReportImage } from './types'

export type DocxLib = typeof Docx
export type Block = Docx.Paragraph | Docx.Table

/**
 * What XML cannot hold (control characters, unpaired surrogates) is dropped or replaced; everything else
 * the user wrote goes into the document as text, which the library escapes: nothing in it is interpreted.
 */
export const plain = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

/** Content width in CSS pixels (96 per inch) of an A4 page with Word's default margins of 2.54 cm. */
export const PORTRAIT_WIDTH = 600
export const LANDSCAPE = { width: 930, height: 560 }

export interface RunStyle {
  bold?: boolean
  italics?: boolean
}

/** The pieces every part of the report is made of: headings, paragraphs, lists, tables and images. */
export function writer(d: DocxLib) {
  const LEVELS = [
    d.HeadingLevel.HEADING_1,
    d.HeadingLevel.HEADING_2,
    d.HeadingLevel.HEADING_3,
    d.HeadingLevel.HEADING_4,
    d.HeadingLevel.HEADING_5,
  ] as const
  /** A text's lines as runs with line breaks between them (a TextRun does not break at "\n"). */
  const runs = (text: string, style: RunStyle = {}) =>
    plain(text)
      .split(/\r?\n/)
      .map((line, i) => new d.TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }))

  const heading = (level: 1 | 2 | 3 | 4 | 5, text: string) =>
    new d.Paragraph({ heading: LEVELS[level - 1], children: runs(text), keepNext: true })

  const para = (text: string, style: RunStyle = {}) => new d.Paragraph({ children: runs(text, style) })

  /** A label in bold, then its text: "Doel: …". */
  const fact = (label: string, text: string) =>
    new d.Paragraph({ children: [new d.TextRun({ text: `${plain(label)}: `, bold: true }), ...runs(text)] })

  const bullet = (text: string, style: RunStyle = {}) =>
    new d.Paragraph({ bullet: { level: 0 }, children: runs(text, style) })

  const cell = (text: string, header = false) =>
    new d.TableCell({
      children: [new d.Paragraph({ children: runs(text, { bold: header }) })],
      shading: header ? { fill: 'E6EEF8', type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    })

  /** A real Word table: its first row is the header row, repeated on every page the table runs over. */
  const table = (headings: string[], rows: string[][]) =>
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [
        new d.TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h) => cell(h, true)) }),
        ...rows.map((row) => new d.TableRow({ children: row.map((c) => cell(c)) })),
      ],
    })

  /** An image in its own paragraph, at most `max` pixels wide and high, with its alt text. */
  const image = (img: ReportImage, alt: string, name: string, max: { width: number; height: number }) => {
    const scale = Math.min(1, max.width / img.width, max.height / img.height)
    return new d.Paragraph({
      children: [
        new d.ImageRun({
          type: img.type,
          data: img.data,
          transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) },
          altText: { name: plain(name), title: plain(name), description: plain(alt) },
        }),
      ],
    })
  }

  return { heading, para, fact, bullet, table, image }
}
export type Writer = ReturnType<typeof writer>
