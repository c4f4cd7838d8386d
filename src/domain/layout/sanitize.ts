import { inCharset, REPLACEMENT_CHAR } from './charset'

const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g
/** Tabs and the breaking typographic spaces; NBSP, figure space and narrow NBSP stay (they must not break). */
const SPACES = /[\t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/g
/** An emoji with its skin tone, variation selectors, keycap, ZWJ partners and tags; or a flag. */
const EMOJI =
  /\p{RI}\p{RI}|\p{Extended_Pictographic}(?:[\p{EMod}\p{M}]|\u200d\p{Extended_Pictographic}|[\u{e0020}-\u{e007f}])*/gu
/** Invisible: controls, format characters (ZWJ, ZWSP, bidi marks, BOM) and combining marks. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{M}]/u
const SOFT_HYPHEN = '\u00ad'

/**
 * Makes text drawable with the app's font, so no renderer ever shows an empty box or falls back to
 * another font (which would break the measured layout). In order:
 *
 * 1. Unicode NFC, so "e" + combining acute becomes the precomposed "é" the font has.
 * 2. CR LF, CR, VT, FF, NEL, U+2028 and U+2029 become "\n".
 * 3. Tabs and the breaking Unicode spaces (U+2000–2006, U+2008–200A, U+205F, U+3000, U+1680) become
 *    U+0020. NBSP (U+00A0), figure space (U+2007) and narrow NBSP (U+202F) are kept: the font has them
 *    and wrapText never breaks or collapses them.
 * 4. An emoji sequence (with modifiers, ZWJ partners, variation selectors) or a flag becomes one
 *    U+FFFD "�"; a pictograph the font has ("❤️", "☀", "✌🏽") is kept, without variation selector or
 *    skin tone.
 * 5. Controls, format characters (ZWJ, ZWSP, bidi marks, BOM) and combining marks left over after NFC
 *    are removed. The soft hyphen (U+00AD) is kept: wrapText may break there.
 * 6. Any other character outside charset.ts (CJK, Arabic, private use, lone surrogates…) becomes "�".
 *
 * Idempotent. Spaces are not collapsed here: that is wrapText's rule.
 */
export function sanitizeForFont(text: string): string {
  const prepared = text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(SPACES, ' ')
    .replace(EMOJI, (emoji) => {
      const first = emoji.codePointAt(0)!
      const rest = emoji.slice(first > 0xffff ? 2 : 1)
      return inCharset(first) && !/[^\p{M}\p{EMod}]/u.test(rest)
        ? String.fromCodePoint(first)
        : REPLACEMENT_CHAR
    })
  let out = ''
  for (const ch of prepared) {
    if (ch === '\n' || ch === SOFT_HYPHEN || inCharset(ch.codePointAt(0)!)) out += ch
    else if (!INVISIBLE.test(ch)) out += REPLACEMENT_CHAR
  }
  return out
}
