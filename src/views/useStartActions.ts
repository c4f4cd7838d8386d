import { ref } from 'vue'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { isStepId, type FileError, type NormalizeResult, type RepairNote } from '@/domain'
import { useDraftsStore, type ImportOutcome } from '@/stores/drafts'
import { feedbackRoute, reviewRoute, stepRoute } from '@/routes'
import { loadMessages } from '@/i18n/parts'
import { downloadBlob } from '@/export/download'
import { exportFileName } from '@/export/fileName'
import { isLoadError, reportLoadFailure } from '@/components/loadFailure'

/**
 * What the start page does, with what it says afterwards: a polite message, or an alert when something was
 * refused, each in the user's words (never a schema path or a validator code).
 */
export function useStartActions() {
  const drafts = useDraftsStore()
  const router = useRouter()
  const { t } = useI18n()
  const message = ref('')
  const failure = ref('')
  const repairs = ref<RepairNote[]>([])
  const busy = ref(false)
  const say = (text: string) => ((message.value = text), (failure.value = ''))
  const fail = (text: string) => ((failure.value = text), (message.value = ''))
  const storageText = (reason: 'quota' | 'unavailable' | 'unknown', forNew: boolean) =>
    t(reason === 'quota' ? (forNew ? 'save.quotaNew' : 'save.quota') : `save.${reason}`)

  /** One click makes one draft: a second click while the first is under way does nothing. */
  async function once(work: () => Promise<unknown>) {
    if (busy.value) return
    busy.value = true
    try {
      await work()
    } catch (error) {
      if (isLoadError(error)) reportLoadFailure(() => once(work))
      else fail(t('save.unknown'))
    } finally {
      busy.value = false
    }
  }

  // The wizard's chunk is loaded first: offline without it, no empty draft is made that nobody sees.
  const create = () =>
    once(async () => {
      await import('@/wizard/WizardView.vue')
      const made = await drafts.create()
      if (!made.ok) return fail(storageText(made.reason, true))
      await router.push(stepRoute(made.journey.id, 'goal'))
    })

  const open = (id: string, lastStepId: string) =>
    router.push(stepRoute(id, isStepId(lastStepId) ? lastStepId : 'goal'))

  /** A file error in Dutch; a `problem` that is itself a message key (one of our rules) is translated too. */
  const describe = (error: FileError) => t(error.key, error.params)

  async function adopt(
    result: NormalizeResult,
    name: string,
    kind: 'imported' | 'example',
  ): Promise<ImportOutcome | null> {
    if (!result.ok) {
      fail(t('files.importFailed', { file: name, reason: describe(result.error) }))
      return null
    }
    const outcome = await drafts.addImported(result.journey, result.migratedFrom, kind)
    if (!outcome.ok) {
      fail(storageText(outcome.reason, true))
      return null
    }
    repairs.value = result.repairs
    return outcome
  }

  /**
   * Opens a picked file, whichever Klantreis file it is: a journey is imported as a draft, a colleague's
   * review file opens review mode, a feedback file goes to the journey it is about.
   */
  const importFile = (file: File) =>
    once(async () => {
      const { openPickedFile } = await import('@/export/openFile')
      const opened = await openPickedFile(file)
      if (opened.kind === 'error')
        return fail(t('files.importFailed', { file: file.name, reason: describe(opened.error) }))
      if (opened.kind === 'review') return openReview(opened.text, file.name)
      if (opened.kind === 'feedback') return openFeedback(opened)
      const outcome = await adopt(opened.result, file.name, 'imported')
      if (!outcome?.ok) return
      const title = outcome.journey.title || t('start.untitled')
      const parts = [t(outcome.asCopy ? 'files.importedCopy' : 'files.imported', { title })]
      if (outcome.migrated) parts.push(t('files.migrated'))
      if (repairs.value.length) parts.push(t('files.repaired', { n: repairs.value.length }))
      say(parts.join(' '))
    })

  async function openReview(text: string, name: string) {
    const [{ useReviewStore }] = await Promise.all([import('@/stores/review'), loadMessages('review')])
    const started = useReviewStore().startFromText(text)
    if (!started.ok) return fail(t('files.importFailed', { file: name, reason: describe(started.error) }))
    await router.push(reviewRoute(started.id))
  }

  async function openFeedback(feedback: { text: string; journeyId: string; title: string }) {
    const [{ handOverFeedback }] = await Promise.all([
      import('@/stores/journeyReview'),
      loadMessages('review'),
    ])
    await drafts.refresh()
    const title = feedback.title || t('start.untitled')
    if (!drafts.drafts.some((d) => d.id === feedback.journeyId))
      return fail(t('review.merge.otherJourneyMissing', { title }))
    handOverFeedback(feedback.text)
    await router.push(feedbackRoute(feedback.journeyId))
  }

  /** The example is a journey file like any other, read by the same path as the user's own files. */
  const openExample = () =>
    once(async () => {
      const { readExample } = await import('@/examples/example')
      const outcome = await adopt(readExample(), 'example', 'example')
      if (outcome?.ok) await router.push({ name: 'map', params: { id: outcome.journey.id } })
    })

  async function saveFile(id: string) {
    const [loaded, { journeyFile }] = await Promise.all([drafts.load(id), import('@/export/exportJson')])
    if (!loaded.ok) return
    const { blob, fileName } = journeyFile(loaded.journey)
    downloadBlob(blob, fileName)
    say(t('files.saved', { file: fileName }))
  }

  function downloadRaw(id: string, title: string) {
    const raw = drafts.rawText(id) ?? ''
    const name = exportFileName({ title: `${title || t('start.untitled')} origineel` }, 'json')
    downloadBlob(new Blob([raw], { type: 'application/json' }), name)
  }

  return {
    message,
    failure,
    repairs,
    busy,
    say,
    fail,
    create,
    open,
    importFile,
    openExample,
    saveFile,
    downloadRaw,
    storageText,
  }
}
