// The baseline for the bench's size ratio: Vue 3 + vue-router (hash history, one route) + a Pinia store, one
// component. Built by tests/bench/bench.mjs with the app's Vite and @vitejs/plugin-vue; never shipped.
import { createApp, h } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHashHistory, RouterView } from 'vue-router'
import HomeView from './HomeView.vue'

const router = createRouter({
  history: createWebHashHistory(),
  routes: [{ path: '/', component: HomeView }],
})

createApp({ render: () => h(RouterView) })
  .use(createPinia())
  .use(router)
  .mount('#app')
