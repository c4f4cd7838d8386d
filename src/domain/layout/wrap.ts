import { textUnits, unitsToPt, type FontWeight } from './measure'
import { sanitizeForFont } from './sanitize'

const SOFT_HYPHEN = '\u00ad'
/** Inside a word, a line may break after these: hyphen-minus, hyphen, slash, en dash, em dash. */
const BREAK_AFTER = new Set(['-', '\u2010', '/', '\u2013', '\u2014'])
const HYPHENS = new Set(['-', '\u2010'])

/** A run of a word between break opportunities. */
interface Piece {
  text: string
  units: number
  /** First piece of a word other than the paragraph's first: a space separates it from the line so far. */
  space: boolean
  /** Ends at a soft hyphen: if the line breaks here, it ends in '-'. */
  shy: boolean
}

/**
 * Greedy line breaking with the font's real widths. The lines are sanitized (sanitizeForFont) and final:
 * renderers draw each one as is (HTML: one element per line with `white-space: pre`). The rule:
 *
 * 1. The text is sanitized, then split into paragraphs at "\n"; each paragraph starts a new line.
 * 2. In a paragraph, runs of U+0020 count as one space and spaces at its start and end are dropped
 *    (CSS `white-space: pre-line`). NBSP and the other non-breaking spaces are ordinary characters.
 * 3. Break opportunities: at a space (the space is dropped); inside a word after `- ‐ / – —` when a
 *    character follows that is not one of these (so a run like "//" breaks only after its last), a
 *    character that is not one of these came before since the previous break ("-5", "--x" stay whole),
 *    and, for `-` and `‐`, the next character is not a digit ("2020-2024" stays whole); and at a soft
 *    hyphen (U+00AD) between visible characters, which is never drawn, except as '-' ending a line there.
 * 4. Each line takes as many pieces as fit in maxWidthPt, measured as textWidth (a piece ending at a soft
 *    hyphen must fit together with its '-'). A piece too wide for an empty line is cut between
 *    characters, as many per line as fit (at least one, so only a single character can be wider).
 * 5. An empty paragraph gives an empty line ""; empty lines at the start and end of the text are dropped,
 *    so text of only white space gives [].
 *
 * So two consecutive lines of one paragraph were joined by one space (a break at a space) or by nothing
 * (after a break character, at a soft hyphen once its '-' is removed, or inside a cut word); lines never
 * start or end with a space nor contain two in a row.
 */
export function wrapText(text: string, weight: FontWeight, sizePt: number, maxWidthPt: number): string[] {
  const fits = (units: number) => unitsToPt(units, sizePt) <= maxWidthPt
  const hyphen = textUnits('-', weight)
  const lines: string[] = []
  for (const paragraph of sanitizeForFont(text).split('\n')) {
    let line = ''
    let units = 0
    let shy = false
    const emit = () => {
      lines.push(shy && fits(units + hyphen) ? `${line}-` : line)
      line = ''
      units = 0
      shy = false
    }
    for (const piece of pieces(paragraph, weight)) {
      const gap = piece.space ? textUnits(' ', weight) : 0
      const need = piece.units + (piece.shy ? hyphen : 0)
      if (line !== '' && fits(units + gap + need)) {
        line += piece.space ? ` ${piece.text}` : piece.text
        units += gap + piece.units
      } else {
        if (line !== '') emit()
        if (fits(need)) {
          line = piece.text
          units = piece.units
        } else {
          const chars = [...piece.text]
          chars.forEach((ch, i) => {
            const advance = textUnits(ch, weight)
            const tail = i === chars.length - 1 && piece.shy ? hyphen : 0
            if (line !== '' && !fits(units + advance + tail)) emit()
            line += ch
            units += advance
          })
        }
      }
      shy = piece.shy
    }
    emit()
  }
  let start = 0
  let end = lines.length
  while (start < end && lines[start] === '') start++
  while (end > start && lines[end - 1] === '') end--
  return lines.slice(start, end)
}

function pieces(paragraph: string, weight: FontWeight): Piece[] {
  const out: Piece[] = []
  for (const word of paragraph.split(' ')) {
    splitWord(word).forEach((part, i) => {
      out.push({ ...part, units: textUnits(part.text, weight), space: i === 0 && out.length > 0 })
    })
  }
  return out
}

/** A word cut at its break opportunities (rule 3 of wrapText); soft hyphens are removed. */
function splitWord(word: string): { text: string; shy: boolean }[] {
  const chars = [...word]
  let lastVisible = chars.length - 1
  while (lastVisible >= 0 && chars[lastVisible] === SOFT_HYPHEN) lastVisible--
  const parts: { text: string; shy: boolean }[] = []
  let current = ''
  let solid = false // `current` has a character that is not a break character
  chars.forEach((ch, i) => {
    const next = chars[i + 1]
    if (ch === SOFT_HYPHEN) {
      if (solid && i < lastVisible) {
        parts.push({ text: current, shy: true })
        current = ''
        solid = false
      }
      return
    }
    current += ch
    if (!BREAK_AFTER.has(ch)) solid = true
    else if (solid && next !== undefined && next !== SOFT_HYPHEN && !BREAK_AFTER.has(next)) {
      if (HYPHENS.has(ch) && /\d/.test(next)) return
      parts.push({ text: current, shy: false })
      current = ''
      solid = false
    }
  })
  if (current !== '') parts.push({ text: current, shy: false })
  return parts
}

/**
 * At most maxLines of lines. When lines had to go, the last kept line loses characters from its end
 * (and then trailing spaces) until it fits maxWidthPt together with the mark, and ends in the mark. If
 * not even the mark fits, that line is the mark alone.
 */
export function truncateLines(
  lines: readonly string[],
  maxLines: number,
  weight: FontWeight,
  sizePt: number,
  maxWidthPt: number,
  mark = '…',
): { lines: string[]; truncated: boolean } {
  const count = Math.max(0, Math.floor(maxLines))
  if (lines.length <= count) return { lines: [...lines], truncated: false }
  if (count === 0) return { lines: [], truncated: true }
  const kept = lines.slice(0, count)
  const chars = [...(kept[count - 1] ?? '')]
  const markUnits = textUnits(mark, weight)
  let units = textUnits(chars.join(''), weight)
  const fits = () => unitsToPt(units + markUnits, sizePt) <= maxWidthPt
  while (chars.length > 0 && (!fits() || chars[chars.length - 1] === ' ')) {
    units -= textUnits(chars.pop() ?? '', weight)
  }
  kept[count - 1] = chars.join('') + mark
  return { lines: kept, truncated: true }
}
