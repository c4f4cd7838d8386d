import { reactive } from 'vue'

interface ConfirmRequest {
  title: string
  message: string
  confirmLabel: string
  resolve: ((ok: boolean) => void) | null
}

/** One confirmation at a time, shown by TheConfirmDialog; `confirm()` resolves with the user's answer. */
export const confirmState = reactive<ConfirmRequest>({
  title: '',
  message: '',
  confirmLabel: '',
  resolve: null,
})

export function useConfirm() {
  return function confirm(title: string, message: string, confirmLabel: string): Promise<boolean> {
    confirmState.resolve?.(false)
    return new Promise((resolve) => {
      Object.assign(confirmState, { title, message, confirmLabel, resolve })
    })
  }
}

export function answerConfirm(ok: boolean) {
  const resolve = confirmState.resolve
  confirmState.resolve = null
  resolve?.(ok)
}
