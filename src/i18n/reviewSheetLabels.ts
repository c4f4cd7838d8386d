import type { ReviewSheetLabels } from '@/domain/layout/poster'

type T = (key: string, params?: Record<string, unknown>) => string

/** The review sheet's words (the `review` part must be loaded), in the language shown. */
export function createReviewSheetLabels(t: T): ReviewSheetLabels {
  const s = (key: string) => `review.sheet.${key}`
  return {
    title: (title) => t(s('title'), { title }),
    intro: t(s('intro')),
    role: t(s('role')),
    date: t(s('date')),
    tick: t(s('tick')),
    remark: t(s('remark')),
    goal: t(s('goal')),
    case: t(s('case')),
    central: t(s('central')),
    phases: t(s('phases')),
    phaseN: (n, name) => t(s('phaseN'), { n, name }),
    stepN: (n, lane, title) => t(s('stepN'), { n, lane, title }),
    touchpoints: (list) => t(s('touchpoints'), { list }),
    momentN: (n, feeling, text) => t(s('momentN'), { n, feeling, text }),
    positive: t(s('positive')),
    negative: t(s('negative')),
    insights: t(s('insights')),
    needN: (n, text) => t(s('needN'), { n, text }),
    opportunityN: (n, text) => t(s('opportunityN'), { n, text }),
    missing: t(s('missing')),
    extra: t(s('extra')),
    page: (n, count) => t(s('page'), { n, count }),
    untitled: t('start.untitled'),
  }
}
