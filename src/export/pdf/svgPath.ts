/**
 * A small SVG path reader for the icons (M L H V C A Z, absolute and relative), giving jsPDF's path
 * operations. Arcs become cubic Béziers (one per quarter turn at most), as PDF has no arcs.
 */
export type PathOp =
  | { op: 'm' | 'l'; c: [number, number] }
  | { op: 'c'; c: [number, number, number, number, number, number] }
  | { op: 'h'; c: [] }

function arcToBeziers(
  x1: number,
  y1: number,
  rx: number,
  ry: number,
  large: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): PathOp[] {
  if (rx === 0 || ry === 0) return [{ op: 'l', c: [x2, y2] }]
  // Endpoint to centre parameterisation (SVG spec, appendix B.2.4), without rotation (the icons have none).
  const dx = (x1 - x2) / 2
  const dy = (y1 - y2) / 2
  const grow = Math.max(1, Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry)))
  rx *= grow
  ry *= grow
  const num = rx * rx * ry * ry - rx * rx * dy * dy - ry * ry * dx * dx
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / (rx * rx * dy * dy + ry * ry * dx * dx)))
  const cx = (k * rx * dy) / ry + (x1 + x2) / 2
  const cy = (-k * ry * dx) / rx + (y1 + y2) / 2
  const start = Math.atan2((y1 - cy) / ry, (x1 - cx) / rx)
  let delta = Math.atan2((y2 - cy) / ry, (x2 - cx) / rx) - start
  if (sweep && delta < 0) delta += 2 * Math.PI
  if (!sweep && delta > 0) delta -= 2 * Math.PI
  if (Math.abs(delta) < 1e-9) delta = sweep ? 2 * Math.PI : -2 * Math.PI
  const parts = Math.ceil(Math.abs(delta) / (Math.PI / 2))
  const step = delta / parts
  const ops: PathOp[] = []
  for (let i = 0; i < parts; i++) {
    const a = start + i * step
    const b = a + step
    const alpha = (4 / 3) * Math.tan((b - a) / 4)
    ops.push({
      op: 'c',
      c: [
        cx + rx * (Math.cos(a) - alpha * Math.sin(a)),
        cy + ry * (Math.sin(a) + alpha * Math.cos(a)),
        cx + rx * (Math.cos(b) + alpha * Math.sin(b)),
        cy + ry * (Math.sin(b) - alpha * Math.cos(b)),
        cx + rx * Math.cos(b),
        cy + ry * Math.sin(b),
      ],
    })
  }
  return ops
}

/** The path's operations, scaled by `scale` and moved by (x, y). */
export function pathOps(d: string, x: number, y: number, scale: number): PathOp[][] {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? []
  const subpaths: PathOp[][] = []
  let ops: PathOp[] = []
  let cx = 0
  let cy = 0
  let startX = 0
  let startY = 0
  let command = ''
  let i = 0
  const num = () => Number(tokens[i++])
  const P = (px: number, py: number): [number, number] => [x + px * scale, y + py * scale]
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i] as string)) command = tokens[i++] as string
    const rel = command === command.toLowerCase()
    const C = command.toUpperCase()
    if (C === 'M') {
      if (ops.length) subpaths.push(ops)
      const nx = num() + (rel ? cx : 0)
      const ny = num() + (rel ? cy : 0)
      ;[cx, cy, startX, startY] = [nx, ny, nx, ny]
      ops = [{ op: 'm', c: P(cx, cy) }]
      command = rel ? 'l' : 'L'
    } else if (C === 'L' || C === 'H' || C === 'V') {
      if (C !== 'V') cx = num() + (rel ? cx : 0)
      if (C !== 'H') cy = num() + (rel ? cy : 0)
      ops.push({ op: 'l', c: P(cx, cy) })
    } else if (C === 'C') {
      const v = [num(), num(), num(), num(), num(), num()].map((n, k) => n + (rel ? (k % 2 ? cy : cx) : 0))
      ;[cx, cy] = [v[4] as number, v[5] as number]
      ops.push({
        op: 'c',
        c: [...P(v[0] as number, v[1] as number), ...P(v[2] as number, v[3] as number), ...P(cx, cy)],
      })
    } else if (C === 'A') {
      const [rx, ry] = [num(), num()]
      num()
      const large = num() === 1
      const sweep = num() === 1
      const nx = num() + (rel ? cx : 0)
      const ny = num() + (rel ? cy : 0)
      for (const op of arcToBeziers(cx, cy, rx, ry, large, sweep, nx, ny))
        ops.push(
          op.op === 'c'
            ? { op: 'c', c: [...P(op.c[0], op.c[1]), ...P(op.c[2], op.c[3]), ...P(op.c[4], op.c[5])] }
            : op.op === 'l'
              ? { op: 'l', c: P(op.c[0], op.c[1]) }
              : op,
        )
      ;[cx, cy] = [nx, ny]
    } else if (C === 'Z') {
      ops.push({ op: 'h', c: [] })
      ;[cx, cy] = [startX, startY]
    } else i++
  }
  if (ops.length) subpaths.push(ops)
  return subpaths
}
