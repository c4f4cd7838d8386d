import type exportMessages from '../nl-BE/export'

/** Texts of the PDF export, in English. No { } @ $ | apart from the placeholders. */
const en: typeof exportMessages = {
  pdf: {
    sheet: 'Phases {from}–{to} of {count}',
    sheetSingle: 'Phase {from} of {count}',
    page: 'Page {page} of {count}',
    continued: '(continued)',
    untitled: 'Untitled customer journey',
    noPhases: 'This customer journey has no phases yet.',
    imageUnavailable: 'This image could not be placed in the PDF.',
    fields: {
      case: 'Case',
      goal: 'Goal',
      central: 'Who is at the centre',
      general: 'General process',
      date: 'Last changed',
    },
    modes: { digital: 'digital', physical: 'physical' },
    rows: {
      phases: 'Phases',
      activities: 'Activities',
      touchpoints: 'Touchpoints',
      moments: 'Moments',
      curve: 'Emotion curve',
      insights: 'Needs and opportunities',
      figures: 'Figures',
      quotes: 'Quotes',
      images: 'Images',
    },
    positive: 'Positive',
    negative: 'Negative',
    aha: 'aha moment',
    generalExtra: 'General figures, quotes and images',
    legend: {
      title: 'Legend',
      positive: 'Positive moment',
      negative: 'Negative moment',
      aha: 'Aha moment: crucial to how the service is experienced',
      digital: 'Digital touchpoint',
      physical: 'Physical touchpoint',
      // The codes M, N and K are the same in every language (src/map/mapModel.ts), so the legend explains K.
      refs: 'M = moment, N = need, K = opportunity (Dutch “kans”). N1 ← M3 means: need 1 comes from moment 3.',
      curve: 'The emotion curve connects the average emotion score (−2 to +2) of the citizen’s activities.',
    },
  },
}

export default en
