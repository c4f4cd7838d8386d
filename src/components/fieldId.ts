/** The DOM id of the input bound to a form path; the error summary links to it. `a[0].b` -> `f-a-0-b`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`
}
