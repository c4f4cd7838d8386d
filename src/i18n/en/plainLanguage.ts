import type nl from '../nl-BE/plainLanguage'

/** Plain-language hints in English. The texts checked are Dutch, so `{plain}`, `{note}` and `{long}` stay Dutch. */
export default {
  longSentence: 'This sentence has {words} words. A sentence of at most {max} words is easier to read.',
  jargon: 'Rather write {plain} than ‘{term}’ (plain Dutch instead of jargon).',
  jargonWithNote: 'Rather write {plain} than ‘{term}’ (plain Dutch instead of jargon). {note}',
  abbreviation: 'Write ‘{abbr}’ out in full once: {long} ({abbr}).',
  abbreviationUnknown:
    'Not everyone knows ‘{abbr}’. Write the abbreviation out in full once, with ‘{abbr}’ in brackets after it.',
  personalData: {
    nationalNumber:
      'This looks like a national register number. Keep personal data off the map. Rather name a role, such as ‘single mother’.',
    phone:
      'This looks like the phone number of a person. Keep personal data off the map. Rather name a role, such as ‘the client’.',
    email:
      'This looks like an e-mail address. Keep personal data off the map. Rather name a role, such as ‘the client’. Is it the general address of a service? Then it can stay.',
    iban: 'This looks like a bank account number. Keep personal data off the map. Rather name a role, such as ‘the client’.',
    name: '‘{name}’ looks like a name. Rather name a role, such as ‘the client’ or ‘the social worker’.',
  },
  readability: {
    fairlyHard:
      'This text is fairly hard to read: score {score}. From 60 on, a text reads easily. Write shorter sentences and shorter words.',
    hard: 'This text is hard to read: score {score}. From 60 on, a text reads easily. Write shorter sentences and shorter words.',
  },
  level: {
    easy: 'very easy to read',
    fairlyEasy: 'easy to read',
    standard: 'readable',
    fairlyHard: 'fairly hard to read',
    hard: 'hard to read',
  },
  score: 'This text is {level}: score {score} by Flesch-Douma.',
  beforeSharing:
    'This map may still hold personal data (hints: {count}). Check them before you share the file.',
} satisfies typeof nl
