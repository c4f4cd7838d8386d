import type exportMessages from '../nl-BE/export'

/** Texts of the PDF export, in English. No { } @ $ | apart from the placeholders. */
const en: typeof exportMessages = {
  pdf: {
    page: 'Page {page} of {count}',
    continued: '(continued)',
    untitled: 'Untitled customer journey',
    noPhases: 'This customer journey has no phases yet.',
    imageUnavailable: 'This image could not be placed in the PDF.',
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
  },
}

export default en
