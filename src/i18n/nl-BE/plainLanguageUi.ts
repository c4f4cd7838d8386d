/**
 * The plain-language check's own words, around the hints: under a field, on the check page and in the
 * reminder before a file is shared. Loaded with the hints (parts/plainLanguage.ts), as `plainLanguage.ui`.
 */
export default {
  /** Joins the last two plain alternatives of a jargon word: ‘geven’, ‘sturen’ of ‘afgeven’. */
  or: 'of',
  fieldTitle: 'Tips bij deze tekst',
  privacyTag: 'Persoonsgegevens',
  check: {
    title: 'Tips voor duidelijke taal',
    privacyTitle: 'Persoonsgegevens',
    privacyIntro:
      'Deze teksten lijken persoonsgegevens te bevatten. Noem liever een rol, zoals ‘de klant’. Dan kan je de kaart veilig delen.',
  },
  reminder: {
    title: 'Kijk eerst de persoonsgegevens na',
    intro:
      'Deze teksten lijken persoonsgegevens te bevatten. Wie het bestand krijgt, kan ze lezen. Noem liever een rol, zoals ‘de klant’ of ‘de maatschappelijk werker’.',
    proceed: 'Toch doorgaan',
    cancel: 'Eerst aanpassen',
  },
}
