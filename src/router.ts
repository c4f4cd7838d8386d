import { createRouter, createWebHashHistory } from 'vue-router'
import StartView from './views/StartView.vue'

/**
 * Hash history: the built app is a static page that must work from any folder of any plain web server,
 * which cannot rewrite deep links to index.html.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    {
      path: '/journey/:id/step/:stepId',
      name: 'step',
      component: () => import('./wizard/WizardView.vue'),
      props: true,
    },
    { path: '/journey/:id/map', name: 'map', component: () => import('./map/MapView.vue'), props: true },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})
