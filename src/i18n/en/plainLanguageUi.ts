import type nl from '../nl-BE/plainLanguageUi'

/** The plain-language check's own words in English; the hints' Dutch alternatives stay Dutch. */
export default {
  or: 'or',
  fieldTitle: 'Tips for this text',
  privacyTag: 'Personal data',
  check: {
    title: 'Tips for plain language',
    privacyTitle: 'Personal data',
    privacyIntro:
      'These texts look like they hold personal data. Rather name a role, such as ‘the client’. Then you can share the map safely.',
  },
  reminder: {
    title: 'Check the personal data first',
    intro:
      'These texts look like they hold personal data. Whoever gets the file can read them. Rather name a role, such as ‘the client’ or ‘the social worker’.',
    proceed: 'Continue anyway',
    cancel: 'Change them first',
  },
} satisfies typeof nl
