/**
 * Plain-language hints while the user writes (src/plainLanguage). They suggest, never block. `{term}`,
 * `{plain}` and `{note}` come from the Dutch jargon list, `{long}` from the abbreviation list. The screen
 * quotes `{plain}` itself (‘geven’, ‘sturen’ of ‘afgeven’: src/components/hintText.ts).
 */
export default {
  longSentence: 'Deze zin telt {words} woorden. Een zin van hoogstens {max} woorden leest makkelijker.',
  jargon: 'Schrijf liever {plain} dan ‘{term}’.',
  jargonWithNote: 'Schrijf liever {plain} dan ‘{term}’. {note}',
  abbreviation: 'Schrijf ‘{abbr}’ één keer voluit: {long} ({abbr}).',
  abbreviationUnknown:
    'Niet iedereen kent ‘{abbr}’. Schrijf de afkorting één keer voluit, met ‘{abbr}’ tussen haakjes erachter.',
  personalData: {
    nationalNumber:
      'Dit lijkt een rijksregisternummer. Zet geen persoonsgegevens op de kaart. Noem liever een rol, zoals ‘alleenstaande moeder’.',
    phone:
      'Dit lijkt het telefoonnummer van een persoon. Zet geen persoonsgegevens op de kaart. Noem liever een rol, zoals ‘de klant’.',
    email:
      'Dit lijkt een e-mailadres. Zet geen persoonsgegevens op de kaart. Noem liever een rol, zoals ‘de klant’. Is het het algemene adres van een dienst? Dan mag het blijven.',
    iban: 'Dit lijkt een rekeningnummer. Zet geen persoonsgegevens op de kaart. Noem liever een rol, zoals ‘de klant’.',
    name: '‘{name}’ lijkt een naam. Noem liever een rol, zoals ‘de klant’ of ‘de maatschappelijk werker’.',
  },
  readability: {
    fairlyHard:
      'Deze tekst leest vrij moeilijk: score {score}. Vanaf 60 leest een tekst vlot. Schrijf kortere zinnen en kortere woorden.',
    hard: 'Deze tekst leest moeilijk: score {score}. Vanaf 60 leest een tekst vlot. Schrijf kortere zinnen en kortere woorden.',
  },
  /** The band of a Flesch-Douma score, for `score`. */
  level: {
    easy: 'heel vlot leesbaar',
    fairlyEasy: 'vlot leesbaar',
    standard: 'goed leesbaar',
    fairlyHard: 'vrij moeilijk leesbaar',
    hard: 'moeilijk leesbaar',
  },
  score: 'Deze tekst is {level}: score {score} volgens Flesch-Douma.',
  beforeSharing:
    'Deze kaart bevat misschien nog persoonsgegevens (meldingen: {count}). Kijk ze na voor je het bestand deelt.',
}
