import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, restoreLocale } from './i18n'
import './styles/main.css'

await restoreLocale()
createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
