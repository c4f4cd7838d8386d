import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, restoreLocale } from './i18n'
import './styles/main.css'

const app = createApp(App).use(createPinia()).use(router).use(i18n)
// Mounted once the first route's view (a lazy chunk for the wizard and the map) is there: mounting earlier
// painted the footer alone first and then moved it, a layout shift of the whole page on phones.
await Promise.all([restoreLocale(), router.isReady()])
app.mount('#app')
