import { toRef, watch } from 'vue'
import { useField, type FieldOptions } from 'vee-validate'
import { useFieldSink } from './fieldSink'

/**
 * A vee-validate field whose every change is committed through the field sink (the store), leaf by leaf. It
 * validates on blur and on submit, not on every keystroke: validating a step's whole form per keystroke cost
 * more than everything else the keystroke did, and a message that appears mid-word helps no one.
 */
export function useBoundField<T>(props: { name: string }, options: Partial<FieldOptions<T>> = {}) {
  const sink = useFieldSink()
  const field = useField<T>(toRef(props, 'name'), undefined, { validateOnValueUpdate: false, ...options })
  watch(field.value, (value) => sink.commit(props.name, value))
  return field
}
