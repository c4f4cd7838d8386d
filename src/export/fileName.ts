import type { Journey } from '@/domain'

/** Letters that Unicode does not decompose into a base letter plus accent ("Łódź" must give "lodz"). */
const LETTERS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/** A safe, readable file name from the journey's title: "klantreis-een-parkeerkaart-aanvragen.pdf". */
export function exportFileName(journey: Pick<Journey, 'title'>, extension: string): string {
  const slug = journey.title
    .toLowerCase()
    .replace(/[łđøßæœðþı]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug ? `klantreis-${slug}.${extension}` : `klantreis.${extension}`
}
