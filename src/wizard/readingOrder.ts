import { locatePath, type Journey } from '@/domain'
import { fieldId } from '@/components/fieldId'

/**
 * Error paths in the order a person meets them: phase by phase (fields outside phases first), and within
 * what is on screen in document order. vee-validate reports errors sorted by path, which put "caseDescription"
 * before "title" although the title is the first field of its step.
 */
export function inReadingOrder(journey: Journey, paths: string[]): string[] {
  const controls = [...document.querySelectorAll('input, textarea, select, button')]
  const key = (path: string, original: number) => {
    const phaseId = locatePath(journey, path)?.phaseId
    const phase = phaseId === undefined ? -1 : journey.phases.findIndex((p) => p.id === phaseId)
    const element = document.getElementById(fieldId(path)) ?? document.getElementById(`${fieldId(path)}-add`)
    const onScreen = element ? controls.indexOf(element) : -1
    return [phase, onScreen < 0 ? Number.MAX_SAFE_INTEGER : onScreen, original]
  }
  const keyed = paths.map((path, i) => ({ path, key: key(path, i) }))
  keyed.sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
  return keyed.map((k) => k.path)
}
