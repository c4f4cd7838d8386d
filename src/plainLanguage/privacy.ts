import type { TextHint } from './types'

/**
 * Numbers and addresses that point to one person. Every hint here has `privacy: true`: the app shows them
 * again before a file is shared. Names are found in names.ts.
 */

/**
 * Belgian national register number (rijksregisternummer): 11 digits, written `YY.MM.DD-XXX.CC`,
 * `YYMMDD XXX CC`, `YYMMDD-XXX-CC` or plain. Reported only when the check digits hold.
 */
const NATIONAL_NUMBER = /(?<![\d+])\d{2}[.\s]?\d{2}[.\s]?\d{2}[\s.-]?\d{3}[\s.-]?\d{2}(?!\d)/g

/**
 * Phone numbers: `0` or `+32`/`0032` (with an optional `(0)`), then 8 or 9 digits, at most one space, point,
 * slash or hyphen between digits. Short numbers (`1700`, `112`) never start with 0, so they never match.
 */
const PHONE =
  /(?<![\d+]|\d[\s./-])(?:(?:\+|00)32[\s.]?(?:\(0\)[\s.]?)?|0)[1-9](?:[\s./-]?\d){7,8}(?![\s./-]?\d)/g

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu

/** Belgian bank account (IBAN): `BE` and 14 digits, in groups of four or not. */
const IBAN = /(?<![\p{L}\p{N}])BE\d{2}(?:\s?\d{4}){3}(?!\d)/giu

/** Check digits: 97 − (first 9 digits mod 97); for people born from 2000 the 9 digits get a leading 2. */
export function isNationalNumber(written: string): boolean {
  const digits = written.replace(/\D/g, '')
  if (digits.length !== 11) return false
  const base = Number(digits.slice(0, 9))
  const check = Number(digits.slice(9))
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check
}

/**
 * Whether the digits form a Belgian phone number of a person: a mobile number (04xx + 6 digits) or a landline
 * (0 + 8 digits). Numbers of organisations are left alone: 0800 (free), 090x (paid), 070 and 078 (zonal).
 */
export function isPersonalPhone(written: string): boolean {
  let digits = written.replace(/\D/g, '')
  if (digits.startsWith('0032')) digits = digits.slice(4)
  else if (written.trimStart().startsWith('+')) digits = digits.slice(2)
  if (!digits.startsWith('0')) digits = `0${digits}`
  if (/^0(?:800|90|70|78)/.test(digits)) return false
  return /^04[5-9]\d{7}$/.test(digits) || /^0[1-9]\d{7}$/.test(digits)
}

/** IBAN check: the number with `BE` and its check digits moved to the end, as digits, mod 97 is 1. */
export function isBelgianIban(written: string): boolean {
  const compact = written.replace(/\s/g, '').toUpperCase()
  const rearranged = `${compact.slice(4)}1114${compact.slice(2, 4)}` // B = 11, E = 14
  let rest = 0
  for (const digit of rearranged) rest = (rest * 10 + Number(digit)) % 97
  return rest === 1
}

function hintsFor(
  text: string,
  pattern: RegExp,
  key: string,
  valid: (written: string) => boolean = () => true,
): TextHint[] {
  const hints: TextHint[] = []
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0
    if (valid(m[0])) {
      hints.push({
        kind: 'personalData',
        key,
        params: {},
        range: { start, end: start + m[0].length },
        privacy: true,
      })
    }
  }
  return hints
}

/** National register numbers, IBANs, phone numbers and e-mail addresses; where two overlap, the first kind wins. */
export function findPersonalNumbers(text: string): TextHint[] {
  const found = [
    ...hintsFor(text, IBAN, 'plainLanguage.personalData.iban', isBelgianIban),
    ...hintsFor(text, NATIONAL_NUMBER, 'plainLanguage.personalData.nationalNumber', isNationalNumber),
    ...hintsFor(text, PHONE, 'plainLanguage.personalData.phone', isPersonalPhone),
    ...hintsFor(text, EMAIL, 'plainLanguage.personalData.email'),
  ]
  const kept: TextHint[] = []
  for (const hint of found) {
    const { start, end } = hint.range ?? { start: 0, end: 0 }
    if (!kept.some(({ range }) => range !== null && start < range.end && range.start < end)) kept.push(hint)
  }
  return kept
}
