import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import nlBase from '@/i18n/nl-BE'
import enBase from '@/i18n/en'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import stepParts from '@/i18n/parts/steps'
import exportParts from '@/i18n/parts/export'
import plainParts from '@/i18n/parts/plainLanguage'
import actionParts from '@/i18n/parts/actions'
import reviewParts from '@/i18n/parts/review'

// Every message of a language: the always-loaded ones plus the groups loaded with the parts that need them.
const nlBE = {
  ...nlBase,
  steps: stepParts['nl-BE'],
  export: exportParts['nl-BE'],
  plainLanguage: plainParts['nl-BE'],
  actionPage: actionParts['nl-BE'],
  review: reviewParts['nl-BE'],
}
const en = {
  ...enBase,
  steps: stepParts.en,
  export: exportParts.en,
  plainLanguage: plainParts.en,
  actionPage: actionParts.en,
  review: reviewParts.en,
}

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree }

/** Every message with its path, e.g. `start.intro.0` or `emotion.-2`. */
const leaves = (tree: Tree, path: string[] = []): [string, string][] => {
  if (typeof tree === 'string') return [[path.join('.'), tree]]
  const entries = Array.isArray(tree) ? tree.map((v, i) => [String(i), v] as const) : Object.entries(tree)
  return entries.flatMap(([key, value]) => leaves(value as Tree, [...path, key]))
}

/** The structure without the texts: arrays keep their length, objects their keys. */
const shape = (tree: Tree): unknown => {
  if (typeof tree === 'string') return 'message'
  if (Array.isArray(tree)) return tree.map((v: Tree) => shape(v))
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, shape(v as Tree)]))
}

const PLACEHOLDER = /\{(\w+)\}/g
const placeholders = (message: string) => [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort()

/**
 * English messages that may equal the Dutch ones. Keep this short: each is a name or a word that is the same in
 * both languages. Messages made of placeholders and punctuation only (e.g. '{name} ({n})') are allowed anyway.
 */
const SAME_IN_BOTH = new Set([
  'Klantreis', // the product's name (app.name and the file format), not translated
  'App', // a channel: the word is English in Dutch too
  'Tips', // the heading of the tips: identical word
  'Persona {n}', // a method term, identical word
  'persona {n}',
  'Persona: {name}',
  'moment {n}', // identical word
  'Moment {n}, {activity}: {score}',
  'Moment {n}: {text}',
  'Moment {n} ({feeling}): {text}',
  'Open “{title}”', // the imperative is the same word
  'Moment {n}, {emotion}: {text}',
  'Mijn Burgerprofiel', // Flemish services' own names
  'eBox',
])
/** Plural forms (vue-i18n's `|`) of a message. */
const forms = (message: string) => message.split(' | ')

const nlLeaves = new Map(leaves(nlBE))
const enLeaves = new Map(leaves(en))

describe('English messages', () => {
  it('have exactly the keys, nesting and array lengths of nl-BE', () => {
    expect(shape(en)).toEqual(shape(nlBE))
    expect([...enLeaves.keys()]).toEqual([...nlLeaves.keys()])
    expect(enLeaves.size).toBeGreaterThan(400)
  })

  it.each([...nlLeaves])('%s keeps its placeholders', (path, dutch) => {
    expect(placeholders(enLeaves.get(path) ?? '')).toEqual(placeholders(dutch))
  })

  it('use no vue-i18n syntax characters outside placeholders and plural separators, in either language', () => {
    const stray = [...nlLeaves, ...enLeaves].filter(([, m]) =>
      forms(m).some((form) => /[{}@$|]/.test(form.replace(PLACEHOLDER, ''))),
    )
    expect(stray).toEqual([])
  })

  it.each([...nlLeaves].filter(([, m]) => m.includes(' | ')))(
    '%s has as many plural forms in English',
    (path, dutch) => {
      expect(forms(enLeaves.get(path) ?? '')).toHaveLength(forms(dutch).length)
    },
  )

  it('are translated, apart from a short list of names and identical words', () => {
    const untranslated = [...enLeaves].filter(
      ([path, m]) =>
        m === nlLeaves.get(path) && !SAME_IN_BOTH.has(m) && /\p{L}/u.test(m.replace(PLACEHOLDER, '')),
    )
    expect(untranslated).toEqual([])
  })

  it('compile and render in vue-i18n with their placeholders filled in', () => {
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
    const { t, tm, rt } = i18n.global
    for (const [path, message] of enLeaves) {
      const params = Object.fromEntries(placeholders(message).map((p) => [p, `<${p}>`]))
      const expected = message.replace(PLACEHOLDER, (_, p: string) => `<${p}>`)
      const array = path.match(/^(.*)\.(\d+)$/)
      if (message.includes(' | ')) {
        // A plural message renders the form of its count; the last form is the general one.
        const last = forms(message).at(-1) ?? ''
        expect(t(path, { ...params, n: 7 }, 7), path).toBe(
          last.replace(PLACEHOLDER, (_, p: string) => (p === 'n' ? '7' : `<${p}>`)),
        )
        continue
      }
      const rendered = array
        ? rt((tm(array[1]!) as unknown[])[Number(array[2])] as string, params)
        : t(path, params)
      expect(rendered, path).toBe(expected)
    }
  })
})

/** Message keys written literally in the source: `t('a.b')`, `$t('a.b')`, `key: 'a.b'`. */
function keysInSource(dir: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) found.push(...keysInSource(path))
    else if (/\.(ts|vue)$/.test(name) && !path.includes('/i18n/'))
      for (const match of readFileSync(path, 'utf8').matchAll(
        /(?:\$t|\bt|key:)\(?\s*'([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)'/g,
      ))
        found.push(match[1] as string)
  }
  return found
}

describe('Dutch messages', () => {
  it('hold every key the source uses literally', () => {
    const keys = new Set(keysInSource(join(process.cwd(), 'src')))
    const has = (key: string) =>
      [...nlLeaves.keys()].some((leaf) => leaf === key || leaf.startsWith(`${key}.`))
    expect([...keys].filter((key) => !has(key))).toEqual([])
  })
})
