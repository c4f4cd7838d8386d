/**
 * jsPDF subsets a TrueType font's glyphs but copies its `post` and `name` tables whole: for DejaVu Sans that
 * is about 77 KB per font (glyph names and the licence text), in every PDF. This returns a copy of the font
 * with `post` as version 3 (no glyph names; PDF text uses glyph ids and a ToUnicode map) and `name` reduced
 * to records 0–6 (copyright, family, style, unique id, full name, version, PostScript name). Glyphs,
 * metrics and the character map are untouched. A font it does not understand is returned as is.
 */
export function slimFont(input: Uint8Array): Uint8Array {
  try {
    return rebuild(input)
  } catch {
    return input
  }
}

interface Table {
  tag: string
  data: Uint8Array
}

function rebuild(input: Uint8Array): Uint8Array {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const count = view.getUint16(4)
  const tables: Table[] = []
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i
    const tag = String.fromCharCode(...input.subarray(record, record + 4))
    const offset = view.getUint32(record + 8)
    const length = view.getUint32(record + 12)
    if (offset + length > input.length) throw new Error('bad table')
    const data = input.subarray(offset, offset + length)
    tables.push({ tag, data: tag === 'post' ? slimPost(data) : tag === 'name' ? slimName(data) : data })
  }
  const headerSize = 12 + 16 * count
  const size = tables.reduce((sum, t) => sum + pad4(t.data.length), headerSize)
  const out = new Uint8Array(size)
  const outView = new DataView(out.buffer)
  out.set(input.subarray(0, 12))
  let offset = headerSize
  tables.forEach((table, i) => {
    const record = 12 + 16 * i
    for (let c = 0; c < 4; c++) out[record + c] = table.tag.charCodeAt(c)
    out.set(table.data, offset)
    outView.setUint32(record + 4, checksum(out, offset, table.data.length))
    outView.setUint32(record + 8, offset)
    outView.setUint32(record + 12, table.data.length)
    offset += pad4(table.data.length)
  })
  return out
}

const pad4 = (n: number) => (n + 3) & ~3

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0
  for (let i = 0; i < pad4(length); i += 4) {
    const word =
      ((bytes[offset + i] ?? 0) << 24) |
      ((bytes[offset + i + 1] ?? 0) << 16) |
      ((bytes[offset + i + 2] ?? 0) << 8) |
      (bytes[offset + i + 3] ?? 0)
    sum = (sum + (word >>> 0)) >>> 0
  }
  return sum
}

/** The 32-byte header of `post`, with the version set to 3.0. */
function slimPost(data: Uint8Array): Uint8Array {
  if (data.length < 32) throw new Error('bad post')
  const out = data.slice(0, 32)
  new DataView(out.buffer).setUint32(0, 0x00030000)
  return out
}

function slimName(data: Uint8Array): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (view.getUint16(0) !== 0) throw new Error('name format')
  const count = view.getUint16(2)
  const storage = view.getUint16(4)
  const kept: { record: Uint8Array; text: Uint8Array }[] = []
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i
    if (view.getUint16(at + 6) > 6) continue
    const length = view.getUint16(at + 8)
    const start = storage + view.getUint16(at + 10)
    if (start + length > data.length) throw new Error('bad name')
    kept.push({ record: data.slice(at, at + 12), text: data.subarray(start, start + length) })
  }
  const newStorage = 6 + 12 * kept.length
  const out = new Uint8Array(newStorage + kept.reduce((sum, k) => sum + k.text.length, 0))
  const outView = new DataView(out.buffer)
  outView.setUint16(2, kept.length)
  outView.setUint16(4, newStorage)
  let textOffset = 0
  kept.forEach((k, i) => {
    const at = 6 + 12 * i
    out.set(k.record, at)
    outView.setUint16(at + 10, textOffset)
    out.set(k.text, newStorage + textOffset)
    textOffset += k.text.length
  })
  return out
}
