/**
 * Runs `work` while no other tab of this site runs work under the same name: the check and the write of a
 * save are one step across tabs (the Web Locks API). Where the API is missing (old browsers, insecure http in
 * some), tabs are not serialised, only this tab's own saves; the revision check still catches most races.
 */
const local = new Map<string, Promise<unknown>>()

export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (locks?.request) return locks.request(name, work) as Promise<T>
  const before = local.get(name) ?? Promise.resolve()
  const run = before.then(work, work)
  local.set(
    name,
    run.catch(() => undefined),
  )
  return run
}
