import { inject, provide, type InjectionKey } from 'vue'

/**
 * Where a Base* field sends each change of its value: the wizard's step form provides one that commits to
 * the journey store. Kept as an interface here so that shared inputs know nothing of stores or steps.
 */
export interface FieldSink {
  commit(path: string, value: unknown): boolean
}

const KEY: InjectionKey<FieldSink> = Symbol('fieldSink')
const NONE: FieldSink = { commit: () => true }

export const provideFieldSink = (sink: FieldSink) => provide(KEY, sink)
export const useFieldSink = (): FieldSink => inject(KEY, NONE)
