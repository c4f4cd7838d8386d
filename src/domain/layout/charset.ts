/**
 * The characters the app's font (a subset of DejaVu Sans and DejaVu Sans Bold) contains: the build subsets
 * both weights to exactly these code points (src/build/fontsPlugin.ts), the metrics list a width for each
 * (fontMetrics.ts), and text.ts replaces anything else. Every code point here is in both DejaVu weights
 * (a unit test checks it with fontkit), so a range never promises a glyph the font lacks.
 *
 * Chosen for texts a Flemish public service writes: every European Latin language (Romanian Ș ș Ț ț, Polish
 * Ł, Hungarian Ő, Welsh Ẁ, German ẞ) and Vietnamese, modern Greek, the Cyrillic of Bulgarian, Russian,
 * Serbian and Ukrainian, typographic punctuation, currencies, and the arrows, check marks and shapes people
 * type as bullets. Not included: combining marks (text is NFC-normalised first; what stays is dropped), box
 * drawing, CJK and emoji (replaced, see text.ts).
 */

/** Inclusive [first, last] code points, ascending and not overlapping. */
export type CodeRange = readonly [first: number, last: number]

/** What the font shows for any character outside the set: U+FFFD, unmistakably "a character was here". */
export const REPLACEMENT_CHAR = '\ufffd'

export const CHARSET_RANGES: readonly CodeRange[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement (NBSP, ß, é, ×, ÷, ±, ², ½ …)
  [0x0100, 0x024f], // Latin Extended-A and -B (Ł Ő Ș Ț Ǆ ƒ …)
  [0x0259, 0x0259], // ə (Azerbaijani)
  [0x02b9, 0x02bc], // ʹ ʺ ʻ ʼ (modifier apostrophes)
  [0x02c6, 0x02c7], // ˆ ˇ
  [0x02c9, 0x02c9], // ˉ
  [0x02d8, 0x02dd], // ˘ ˙ ˚ ˛ ˜ ˝
  [0x0384, 0x038a], // Greek tonos and accented capitals
  [0x038c, 0x038c],
  [0x038e, 0x03a1],
  [0x03a3, 0x03ce], // rest of the modern Greek alphabet
  [0x0400, 0x045f], // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian
  [0x0490, 0x0491], // Ґ ґ
  [0x1e00, 0x1efb], // Latin Extended Additional: ẞ, Welsh Ẁ Ỳ, Irish Ḃ Ṡ, Vietnamese ạ ế ữ …
  [0x2000, 0x200a], // the typographic spaces (text.ts turns most into a plain space)
  [0x2010, 0x2027], // ‐ ‑ ‒ – — ― ‖ ‗ ‘ ’ ‚ ‛ “ ” „ ‟ † ‡ • ‣ ․ ‥ … ‧
  [0x202f, 0x2030], // narrow NBSP, ‰
  [0x2032, 0x2033], // ′ ″
  [0x2039, 0x203a], // ‹ ›
  [0x203c, 0x203c], // ‼
  [0x2044, 0x2044], // ⁄
  [0x2070, 0x2070], // ⁰
  [0x2074, 0x2079], // ⁴ – ⁹
  [0x2080, 0x2089], // ₀ – ₉ (CO₂)
  [0x20a0, 0x20b5], // currencies: € ₤ ₩ ₪ ₫ ₱ ₴ …
  [0x20b8, 0x20ba], // ₸ ₹ ₺
  [0x20bd, 0x20bd], // ₽
  [0x2103, 0x2103], // ℃
  [0x2109, 0x2109], // ℉
  [0x2113, 0x2113], // ℓ
  [0x2116, 0x2117], // № ℗
  [0x2120, 0x2122], // ℠ ℡ ™
  [0x2126, 0x2126], // Ω
  [0x212e, 0x212e], // ℮
  [0x2150, 0x215e], // ⅐ – ⅞
  [0x2190, 0x2199], // ← ↑ → ↓ ↔ ↕ ↖ ↗ ↘ ↙
  [0x21a9, 0x21aa], // ↩ ↪
  [0x21ba, 0x21bb], // ↺ ↻
  [0x21d0, 0x21d5], // ⇐ ⇑ ⇒ ⇓ ⇔ ⇕
  [0x21e6, 0x21e9], // ⇦ ⇧ ⇨ ⇩
  [0x2200, 0x2209], // ∀ ∁ ∂ ∃ ∄ ∅ ∆ ∇ ∈ ∉
  [0x220f, 0x221e], // ∏ ∐ ∑ − ∓ ∔ ∕ ∖ ∗ ∘ ∙ √ ∛ ∜ ∝ ∞
  [0x2220, 0x222b], // ∠ … ∧ ∨ ∩ ∪ ∫
  [0x2234, 0x2237], // ∴ ∵ ∶ ∷
  [0x223c, 0x223c], // ∼
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2261], // ≠ ≡
  [0x2264, 0x2265], // ≤ ≥
  [0x226a, 0x226b], // ≪ ≫
  [0x2282, 0x2287], // ⊂ ⊃ ⊄ ⊅ ⊆ ⊇
  [0x2295, 0x2297], // ⊕ ⊖ ⊗
  [0x22a5, 0x22a5], // ⊥
  [0x22c5, 0x22c5], // ⋅
  [0x2302, 0x2302], // ⌂
  [0x2310, 0x2310], // ⌐
  [0x2318, 0x2318], // ⌘
  [0x23ce, 0x23ce], // ⏎
  [0x2460, 0x2469], // ① – ⑩
  [0x25a0, 0x25ff], // Geometric Shapes: ■ □ ▪ ▭ ▲ ▶ ▼ ◀ ◆ ◇ ○ ● …
  [0x2600, 0x2606], // ☀ ☁ ☂ ☃ ☄ ★ ☆
  [0x260e, 0x2612], // ☎ ☏ ☐ ☑ ☒
  [0x261a, 0x2620], // ☚ ☛ ☜ ☝ ☞ ☟ ☠
  [0x2639, 0x263b], // ☹ ☺ ☻
  [0x2640, 0x2640], // ♀
  [0x2642, 0x2642], // ♂
  [0x2660, 0x266f], // ♠ ♡ ♢ ♣ ♤ ♥ ♦ ♧ ♨ ♩ ♪ ♫ ♬ ♭ ♮ ♯
  [0x267b, 0x267b], // ♻
  [0x267f, 0x267f], // ♿
  [0x2690, 0x2691], // ⚐ ⚑
  [0x2696, 0x2696], // ⚖
  [0x2699, 0x2699], // ⚙
  [0x26a0, 0x26a1], // ⚠ ⚡
  [0x26aa, 0x26ab], // ⚪ ⚫
  [0x2702, 0x2702], // ✂
  [0x2706, 0x2709], // ✆ ✇ ✈ ✉
  [0x270c, 0x2718], // ✌ ✍ ✎ ✏ ✐ ✑ ✒ ✓ ✔ ✕ ✖ ✗ ✘
  [0x2726, 0x2727], // ✦ ✧
  [0x2729, 0x2730], // ✩ – ✰
  [0x2744, 0x2744], // ❄
  [0x2756, 0x2756], // ❖
  [0x275b, 0x275e], // ❛ ❜ ❝ ❞
  [0x2763, 0x2767], // ❣ ❤ ❥ ❦ ❧
  [0x2776, 0x2793], // ❶ – ❿, ➀ – ➓
  [0x2794, 0x2794], // ➔
  [0x279c, 0x279c], // ➜
  [0x27a1, 0x27a1], // ➡
  [0x27a4, 0x27a4], // ➤
  [0x2b05, 0x2b07], // ⬅ ⬆ ⬇
  [0x2b24, 0x2b24], // ⬤
  [0xfb00, 0xfb04], // ﬀ ﬁ ﬂ ﬃ ﬄ (pasted from PDFs)
  [0xfffd, 0xfffd], // the replacement character
]

/** Whether the font has a glyph for this code point (binary search over CHARSET_RANGES). */
export function inCharset(codePoint: number): boolean {
  let lo = 0
  let hi = CHARSET_RANGES.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [first, last] = CHARSET_RANGES[mid]!
    if (codePoint < first) hi = mid - 1
    else if (codePoint > last) lo = mid + 1
    else return true
  }
  return false
}

/** Every character of the set, in order, as one string (what the subsetter is given). */
export function charsetText(): string {
  let text = ''
  for (const [first, last] of CHARSET_RANGES) {
    for (let c = first; c <= last; c++) text += String.fromCodePoint(c)
  }
  return text
}
