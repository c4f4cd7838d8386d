import { useI18n } from 'vue-i18n'
import type { Lane } from '@/domain'
import { laneName } from '@/i18n/labels'

/** The words the map adds around the user's own: lane names, signed scores, the feeling of a lane. */
export function useMapLabels() {
  const { t } = useI18n()
  const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`)
  return {
    lane: (lane: Pick<Lane, 'name' | 'kind'>) => laneName(lane, t),
    signed,
    /** "Heel negatief (−2)" */
    emotion: (n: number) => t(`emotion.${n}`),
  }
}
