import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { decodeMessage } from '@/domain'

/** Translates a domain validation message (an i18n key with optional params) for display. */
export function useTranslatedError(message: Ref<string | undefined>) {
  const { t } = useI18n()
  return computed(() => {
    if (!message.value) return ''
    const { key, params } = decodeMessage(message.value)
    return t(key, params)
  })
}
