import { computed, ref, shallowRef, toRaw, watchEffect, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import {
  buildMapModel,
  checkedByColumn,
  compareCurves,
  currentVersion,
  journeyDifference,
  type Journey,
} from '@/domain'
import { layoutPoster, type PaperId, type Poster } from '@/domain/layout/poster'
import { laneName } from '@/i18n/labels'
import { createPosterLabels } from '@/i18n/posterLabels'
import { loadMessages } from '@/i18n/parts'
import { loadPosterFont } from './posterFont'

/**
 * The poster of a journey on the chosen paper, laid out once and shared by the preview, the print view, the
 * PDF and the PNG. Its words and font load first; `ready` says when they are there.
 */
export type Compare = { journey: Journey; kind: 'desired' | 'current' } | null

export function usePoster(
  journey: Ref<Journey | null>,
  paper: Ref<PaperId>,
  compare: Ref<Compare> = ref(null),
) {
  const { t, d, locale } = useI18n()
  const ready = ref(false)
  // Laying out a large journey takes a few hundred milliseconds: not before the map on screen is painted
  // and the page is idle (or the poster is asked for sooner: `want()`).
  const wanted = ref(false)
  const want = () => (wanted.value = true)
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200))
  idle(want, { timeout: 1500 })
  const failed = shallowRef<unknown>(null)
  Promise.all([loadMessages('export'), loadPosterFont()]).then(
    () => (ready.value = true),
    (error: unknown) => (failed.value = error),
  )
  const poster = computed<Poster | null>(() => {
    const j = journey.value
    if (!ready.value || !wanted.value || !j) return null
    void locale.value
    const plain = toRaw(j)
    const labels = createPosterLabels(t, d(new Date(plain.updatedAt), 'date'))
    // A printed sheet says which version it is and when the journey is to be looked at again.
    const version = currentVersion(plain) ?? plain.versions[plain.versions.length - 1]
    const status = [
      labels.changed,
      version &&
        t(currentVersion(plain) ? 'review.header.versionOf' : 'review.header.changedSince', {
          name: version.name,
          date: d(new Date(version.at), 'date'),
        }),
      plain.reviewOn && `${t('review.header.reviewOn')} ${d(new Date(`${plain.reviewOn}T12:00:00`), 'date')}`,
    ].filter(Boolean)
    const model = buildMapModel(plain)
    const other = compare.value
    return layoutPoster({
      journey: plain,
      model,
      labels: { ...labels, changed: status.join(' · ') },
      paper: paper.value,
      laneName: (l) => laneName(l, t),
      checked: plain.remarks.length ? checkedByColumn(plain, model.columns) : null,
      compare: other
        ? {
            comparison: compareCurves(model, toRaw(other.journey), other.kind),
            difference:
              other.kind === 'desired'
                ? journeyDifference(plain, toRaw(other.journey))
                : journeyDifference(toRaw(other.journey), plain),
          }
        : null,
    })
  })
  // While printing, the page is the chosen paper with no margin: each poster page brings its own.
  const style = document.createElement('style')
  style.id = 'klantreis-page'
  watchEffect(() => {
    const p = poster.value?.paper
    style.textContent = p ? `@page { size: ${p.width}mm ${p.height}mm; margin: 0; }` : ''
  })
  return { poster, ready, failed, want, pageStyle: style }
}
