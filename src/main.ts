import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { isLoadError, reportLoadFailure } from './components/loadFailure'
import { useRecoveryStore } from './stores/recovery'
import { usePreferencesStore } from './stores/preferences'
import { registerOffline } from './offline'
// The app's own CSS, in cascade order: tokens and base, the shell, controls, the wizard, forms, messages.
import './styles/base.css'
import './styles/shell.css'
import './styles/buttons.css'
import './styles/wizard.css'
import './styles/forms.css'
import './styles/messages.css'
import './styles/wizard-states.css'

const app = createApp(App).use(createPinia()).use(router).use(i18n)
router.onError((error, to) => isLoadError(error) && reportLoadFailure(() => router.push(to.fullPath)))
window.addEventListener('vite:preloadError', () => reportLoadFailure())
// Before anything opens a journey: put back what a crash kept from localStorage (it waits for this).
void useRecoveryStore().run()
// Mounted once the first route's view is there: mounting earlier painted the footer alone, then moved it.
await Promise.all([usePreferencesStore().restore(), router.isReady()])
app.mount('#app')
registerOffline()
