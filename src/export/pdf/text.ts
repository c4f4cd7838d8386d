/** Plain text for jsPDF: no carriage returns or control characters, tabs as spaces. Never interpreted as markup. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[ \u00a0]+$/gm, '')
    .trim()
}

/** An emotion score with a real minus sign and the locale's decimal comma: "+1,5", "−2", "0". */
export function formatScore(score: number, locale: string): string {
  const abs = safeFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(score))
  if (abs === '0') return '0'
  return score > 0 ? `+${abs}` : `−${abs}`
}

/** The journey's date, long form for the locale ("4 maart 2024"). */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date)
  } catch {
    return new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' }).format(date)
  }
}

function safeFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options)
  } catch {
    return new Intl.NumberFormat('nl-BE', options)
  }
}
