import type { ActionItem, Journey } from '@/domain'
import { actionTable, type ActionTableLabels } from './actionTable'
import { downloadBlob } from './download'
import { exportFileName } from './fileName'

/**
 * CSV that Excel opens right in a Dutch-speaking Belgian setup: UTF-8 with a byte order mark (without it,
 * Excel reads the bytes as Windows-1252 and "Ł" turns into two signs), `;` between cells (the list
 * separator of nl-BE, so a double-click opens it in columns), CRLF between rows.
 */
const BOM = '\uFEFF'
const SEPARATOR = ';'
const NEWLINE = '\r\n'

/**
 * One cell. A text that starts like a formula (= + - @, a tab or a carriage return) gets an apostrophe in
 * front, so a spreadsheet shows it as text and never runs it (CSV injection). A cell with the separator, a
 * quote or a line break goes between quotes, its quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows of cells as CSV text, each row ended by CRLF (without the byte order mark). */
export const toCsv = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => row.map(csvCell).join(SEPARATOR) + NEWLINE).join('')

/** The CSV as a file: the byte order mark, then the text in UTF-8. */
export const csvBlob = (rows: readonly (readonly string[])[]): Blob =>
  new Blob([BOM + toCsv(rows)], { type: 'text/csv;charset=utf-8' })

/** The action list as CSV rows: the headings, then one row per opportunity in the order given. */
export function actionsCsvRows(items: readonly ActionItem[], labels: ActionTableLabels): string[][] {
  const table = actionTable(items, labels)
  return [table.headings, ...table.rows]
}

/** "klantreis-een-parkeerkaart-acties.csv": the journey's file name with a word for what it holds. */
export const actionsFileName = (journey: Pick<Journey, 'title'>, suffix: string, extension: string) =>
  exportFileName(journey, extension).replace(new RegExp(`\\.${extension}$`), `-${suffix}.${extension}`)

/** Hands the action list to the browser as a CSV download; returns the file name. */
export function downloadActionsCsv(
  journey: Pick<Journey, 'title'>,
  items: readonly ActionItem[],
  labels: ActionTableLabels & { fileSuffix: string },
): string {
  const file = actionsFileName(journey, labels.fileSuffix, 'csv')
  downloadBlob(csvBlob(actionsCsvRows(items, labels)), file)
  return file
}
